package org.onegrid.grid;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.onegrid.api.ApiProblem;
import org.onegrid.geo.GeoJson;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.stereotype.Service;

/**
 * Measures on a grid's own polygon, for rules that need more than "which grid is this point in": how far a point
 * lies from a grid, so that a check-in a few metres outside its grid can still count.
 * <p>
 * Distances are in metres on the WGS-84 ellipsoid, measured in a local plane centred on the point (meridian and
 * prime-vertical radii of curvature at its latitude). Within the few kilometres that matter for field work the
 * error is far below GPS accuracy.
 */
@Service
public class GridGeometry {

	private static final double A = 6_378_137.0;

	private static final double E2 = 0.00669437999014;

	private final Grids grids;

	GridGeometry(Grids grids) {
		this.grids = grids;
	}

	/**
	 * The distance in metres from the WGS-84 point to the grid's polygon; 0 when the grid covers the point.
	 * @throws ApiProblem 404 when the layer has no such grid
	 */
	public double distanceMetres(String layerCode, String gridCode, double lon, double lat) {
		StoredGrid grid = grids.find(layerCode, gridCode)
			.orElseThrow(() -> ApiProblem.notFound("Grid", layerCode + "/" + gridCode));
		Geometry area = grid.geometry();
		if (PreparedGeometryFactory.prepare(area).covers(GeoJson.FACTORY.createPoint(new Coordinate(lon, lat)))) {
			return 0;
		}
		Geometry local = area.copy();
		local.apply(new LocalPlane(lon, lat));
		return local.distance(GeoJson.FACTORY.createPoint(new Coordinate(0, 0)));
	}

	/** Moves lon/lat coordinates to metres east and north of an origin. */
	private static final class LocalPlane implements CoordinateSequenceFilter {

		private final double lon0;

		private final double lat0;

		private final double metresPerDegreeLon;

		private final double metresPerDegreeLat;

		LocalPlane(double lon0, double lat0) {
			double sin = Math.sin(Math.toRadians(lat0));
			double w = Math.sqrt(1 - E2 * sin * sin);
			this.lon0 = lon0;
			this.lat0 = lat0;
			this.metresPerDegreeLon = Math.toRadians(1) * A / w * Math.cos(Math.toRadians(lat0));
			this.metresPerDegreeLat = Math.toRadians(1) * A * (1 - E2) / (w * w * w);
		}

		@Override
		public void filter(CoordinateSequence sequence, int i) {
			sequence.setOrdinate(i, 0, (sequence.getX(i) - lon0) * metresPerDegreeLon);
			sequence.setOrdinate(i, 1, (sequence.getY(i) - lat0) * metresPerDegreeLat);
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}
	}
}
