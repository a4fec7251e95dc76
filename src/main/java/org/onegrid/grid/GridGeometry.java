package org.onegrid.grid;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.onegrid.api.ApiProblem;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GeoShapes;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.stereotype.Service;

/**
 * Measures on a grid's own polygon, for rules that need more than "which grid is this point in": how far a point
 * lies from a grid, so that a check-in a few metres outside its grid can still count.
 * <p>
 * Distances are in metres on the WGS-84 ellipsoid, as {@link GeoShapes#metres} measures them.
 */
@Service
public class GridGeometry {

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
		return GeoShapes.metres(area, lon, lat);
	}
}
