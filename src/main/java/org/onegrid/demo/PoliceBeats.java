package org.onegrid.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Police beats (警务责任区) of a street drawn independently of its communities: the Voronoi cells of three seeded
 * random points inside the street, clipped to it. Their borders ignore community borders, so some communities and
 * micro-grids straddle two beats, which is what a correspondence analysis between layers has to reveal.
 * <p>
 * Promises: three non-empty cells that partition the street, the same for the same street code.
 */
final class PoliceBeats {

	static final int PER_STREET = 3;

	private static final long SALT = 0x5EED_0003L;

	private PoliceBeats() {
	}

	static List<Geometry> split(String streetCode, Geometry street) {
		Random random = new Random(Long.parseLong(streetCode) ^ SALT);
		List<Coordinate> points = Partitions.randomPointsInside(street, PER_STREET, random);
		return new ArrayList<>(Partitions.voronoi(street, points).values());
	}
}
