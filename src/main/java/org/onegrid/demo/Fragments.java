package org.onegrid.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.onegrid.geo.GeoJson;

/**
 * Removes the slivers and stray pieces that clipping Voronoi cells to a ragged outline leaves behind, without
 * opening gaps: a piece changes hands, it is never dropped.
 */
final class Fragments {

	/** A detached part below this share of its cell's area is handed to a neighbour. */
	private static final double FRAGMENT_SHARE = 0.1;

	/** Two borders closer than this many degrees (about 1 cm) count as shared. */
	private static final double BORDER_TOLERANCE = 1e-7;

	private Fragments() {
	}

	/**
	 * Hands every detached part smaller than a tenth of its cell to the neighbouring cell that shares the longest
	 * border with it; a part without such a neighbour stays. A cell keeps its largest part and every part holding one
	 * of its {@code anchors} (the real centre points it was grown from), so none becomes empty or loses its own
	 * centre, and together the cells cover the same area as before.
	 */
	static <K> void absorb(Map<K, Geometry> cells, Function<K, Collection<Coordinate>> anchors) {
		for (K key : new ArrayList<>(cells.keySet())) {
			Geometry cell = cells.get(key);
			if (cell.getNumGeometries() < 2) {
				continue;
			}
			Polygon largest = null;
			for (int i = 0; i < cell.getNumGeometries(); i++) {
				Polygon part = (Polygon) cell.getGeometryN(i);
				largest = largest == null || part.getArea() > largest.getArea() ? part : largest;
			}
			List<Geometry> kept = new ArrayList<>();
			for (int i = 0; i < cell.getNumGeometries(); i++) {
				Polygon part = (Polygon) cell.getGeometryN(i);
				boolean fragment = part != largest && part.getArea() < FRAGMENT_SHARE * cell.getArea()
						&& anchors.apply(key).stream().noneMatch(a -> part.covers(GeoJson.FACTORY.createPoint(a)));
				K neighbour = fragment ? longestBorder(part, key, cells) : null;
				if (neighbour == null) {
					kept.add(part);
				}
				else {
					cells.put(neighbour, Partitions.union(List.of(cells.get(neighbour), part)));
				}
			}
			cells.put(key, Partitions.clean(GeoJson.FACTORY.buildGeometry(kept)));
		}
	}

	private static <K> K longestBorder(Polygon part, K self, Map<K, Geometry> cells) {
		Geometry halo = part.buffer(BORDER_TOLERANCE);
		K best = null;
		double bestLength = 0;
		for (Map.Entry<K, Geometry> e : cells.entrySet()) {
			if (e.getKey().equals(self) || !e.getValue().getEnvelopeInternal().intersects(halo.getEnvelopeInternal())) {
				continue;
			}
			double length = Partitions.intersection(halo, e.getValue().getBoundary()).getLength();
			if (length > bestLength) {
				best = e.getKey();
				bestLength = length;
			}
		}
		return best;
	}
}
