package org.onegrid.grid.internal;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.onegrid.geo.GeoJson;

/**
 * An immutable point-location index over polygons (interim implementation: STRtree + prepared geometries).
 * <p>
 * {@link #locate} answers the index of the area that covers the point (interior or boundary) with the highest
 * priority; ties go to the lowest index, so a point on a shared boundary always gets the same answer.
 */
public final class PolygonIndex {

	private final STRtree tree = new STRtree();

	private final int[] priority;

	private final int size;

	private PolygonIndex(List<? extends Geometry> areas, int[] priority) {
		this.priority = priority.clone();
		this.size = areas.size();
		for (int i = 0; i < areas.size(); i++) {
			Geometry area = areas.get(i);
			tree.insert(area.getEnvelopeInternal(), new Entry(i, PreparedGeometryFactory.prepare(area)));
		}
		tree.build();
	}

	/**
	 * Builds the index. {@code areas} are valid Polygons or MultiPolygons in lon/lat; {@code priority[i]} ranks
	 * area i when several cover a point.
	 */
	public static PolygonIndex build(List<? extends Geometry> areas, int[] priority) {
		if (areas.size() != priority.length) {
			throw new IllegalArgumentException("one priority per area");
		}
		return new PolygonIndex(areas, priority);
	}

	/** The index of the best area covering (x, y), or -1 when none does. */
	public int locate(double x, double y) {
		var point = GeoJson.FACTORY.createPoint(new Coordinate(x, y));
		int best = -1;
		for (Object o : tree.query(new Envelope(x, x, y, y))) {
			Entry entry = (Entry) o;
			if (entry.area.covers(point) && (best < 0 || priority[entry.index] > priority[best]
					|| (priority[entry.index] == priority[best] && entry.index < best))) {
				best = entry.index;
			}
		}
		return best;
	}

	public int size() {
		return size;
	}

	private record Entry(int index, PreparedGeometry area) {
	}
}
