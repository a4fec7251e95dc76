package org.onegrid.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onegrid.geo.GroundArea;

/**
 * Micro-grids (微网格) of a community: the Voronoi cells of seeded random points inside it, clipped to it.
 * <p>
 * Promises: the cells partition the community, are non-empty, and come out the same for the same community code;
 * one micro-grid is the community itself.
 */
final class MicroGrids {

	private static final long SALT = 0x5EED_0002L;

	private static final double SQUARE_METRES_PER_EXTRA_GRID = 1_500_000;

	private MicroGrids() {
	}

	/** The usual number of micro-grids: 3, plus one per 1.5 km², at most 6. */
	static int usualCount(Geometry community) {
		int extra = (int) (GroundArea.squareMetres(community) / SQUARE_METRES_PER_EXTRA_GRID);
		return Math.min(6, 3 + extra);
	}

	static List<Geometry> split(String communityCode, Geometry community, int count) {
		Random random = new Random(Long.parseLong(communityCode) ^ SALT);
		List<Coordinate> points = Partitions.randomPointsInside(community, count, random);
		return new ArrayList<>(Partitions.voronoi(community, points).values());
	}

	/**
	 * Shares {@code total} micro-grids among {@code communities}: one each, the rest in proportion to area by the
	 * largest-remainder method (ties to the earlier community), so the counts add up to {@code total} exactly.
	 */
	static Map<String, Integer> allocate(Map<String, Geometry> communities, int total) {
		if (total < communities.size()) {
			throw new IllegalArgumentException(total + " micro-grids cannot give " + communities.size()
					+ " communities one each");
		}
		Map<String, Double> areas = new LinkedHashMap<>();
		communities.forEach((code, g) -> areas.put(code, GroundArea.squareMetres(g)));
		double sum = areas.values().stream().mapToDouble(Double::doubleValue).sum();
		int rest = total - communities.size();
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, Double> remainders = new LinkedHashMap<>();
		int given = 0;
		for (var e : areas.entrySet()) {
			double share = rest * e.getValue() / sum;
			counts.put(e.getKey(), 1 + (int) share);
			remainders.put(e.getKey(), share - (int) share);
			given += (int) share;
		}
		List<String> byRemainder = new ArrayList<>(remainders.keySet());
		byRemainder.sort(Comparator.comparing(remainders::get).reversed());
		for (int i = 0; i < rest - given; i++) {
			counts.merge(byRemainder.get(i), 1, Integer::sum);
		}
		return counts;
	}
}
