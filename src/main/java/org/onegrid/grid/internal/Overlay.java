package org.onegrid.grid.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GroundArea;
import org.onegrid.grid.CoverageReport;

/**
 * Robust polygon overlay (JTS OverlayNG with its snapping fallbacks) and the pieces coverage analysis builds on.
 */
public final class Overlay {

	private Overlay() {
	}

	public static Geometry union(Collection<Geometry> parts) {
		Geometry union = OverlayNGRobust.union(parts);
		return union == null ? GeoJson.FACTORY.createPolygon() : union;
	}

	public static Geometry difference(Geometry a, Geometry b) {
		return OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE);
	}

	public static Geometry intersection(Geometry a, Geometry b) {
		return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
	}

	/** Pieces smaller than this would be reported as no area at all (areas are given to 0.1 m²): never land. */
	static final double LEAST_AREA_M2 = 0.05;

	/**
	 * The polygons of {@code geometry} of at least {@code minAreaM2} each (and never less than {@value
	 * #LEAST_AREA_M2} m², which would show as no area at all) and a mean width (twice the area over the perimeter)
	 * of at least {@code minWidthM}: thinner pieces are slivers left by digitising, not land.
	 */
	public static Geometry significant(Geometry geometry, double minAreaM2, double minWidthM) {
		List<Polygon> kept = new ArrayList<>();
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			if (geometry.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
				double area = GroundArea.squareMetres(polygon);
				if (area >= Math.max(minAreaM2, LEAST_AREA_M2) && 2 * area / GroundArea.perimeterMetres(polygon) >= minWidthM) {
					kept.add(polygon);
				}
			}
		}
		if (kept.size() == 1) {
			return kept.get(0);
		}
		return GeoJson.FACTORY.createMultiPolygon(kept.toArray(Polygon[]::new));
	}

	/** Pairwise overlaps between siblings, of significant pieces only. */
	public static List<CoverageReport.Overlap> overlaps(String parent, List<StoredGrid> siblings, double minAreaM2,
			double minWidthM) {
		STRtree tree = new STRtree();
		for (int i = 0; i < siblings.size(); i++) {
			tree.insert(siblings.get(i).geometry().getEnvelopeInternal(), i);
		}
		List<CoverageReport.Overlap> overlaps = new ArrayList<>();
		for (int i = 0; i < siblings.size(); i++) {
			StoredGrid a = siblings.get(i);
			for (Object o : tree.query(a.geometry().getEnvelopeInternal())) {
				int j = (Integer) o;
				if (j <= i) {
					continue;
				}
				StoredGrid b = siblings.get(j);
				Geometry shared = significant(intersection(a.geometry(), b.geometry()), minAreaM2, minWidthM);
				if (!shared.isEmpty()) {
					overlaps.add(new CoverageReport.Overlap(parent, List.of(a.code(), b.code()),
							Math.round(GroundArea.squareMetres(shared) * 10) / 10.0, GeoJson.write(shared)));
				}
			}
		}
		return overlaps;
	}
}
