package org.onegrid.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.onegrid.geo.GeoJson;

/**
 * Geometry steps of the demo generator, each deterministic for the same inputs and random generator state.
 * <p>
 * {@link #voronoi} partitions an area: its cells are clipped to the area, are valid and polygonal, do not overlap and
 * together cover the area (checked, so a frame too small for the sites fails loudly instead of leaving a gap);
 * small detached parts of a cell are handed to a neighbour by {@link Fragments#absorb}.
 */
final class Partitions {

	/** Relative area mismatch tolerated between an area and the union of its cells: floating-point noise only. */
	private static final double COVERAGE_TOLERANCE = 1e-9;

	private static final int MAX_TRIES = 100_000;


	private Partitions() {
	}

	/** Voronoi cells of distinct {@code sites} clipped to {@code area}, keyed by site in the order given. */
	static Map<Coordinate, Geometry> voronoi(Geometry area, List<Coordinate> sites) {
		Map<Coordinate, Geometry> cells = new LinkedHashMap<>();
		if (sites.size() == 1) {
			cells.put(sites.get(0), area);
			return cells;
		}
		Envelope frame = new Envelope(area.getEnvelopeInternal());
		sites.forEach(frame::expandToInclude);
		frame.expandBy(Math.max(frame.getWidth(), frame.getHeight()));
		VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
		builder.setSites(sites);
		builder.setClipEnvelope(frame);
		Geometry diagram = builder.getDiagram(GeoJson.FACTORY);
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry cell = diagram.getGeometryN(i);
			cells.put((Coordinate) cell.getUserData(), clean(intersection(cell, area)));
		}
		if (cells.size() != sites.size() || !cells.keySet().containsAll(sites)) {
			throw new IllegalStateException("Voronoi sites must be distinct: " + sites);
		}
		Map<Coordinate, Geometry> ordered = new LinkedHashMap<>();
		sites.forEach(site -> ordered.put(site, cells.get(site)));
		double covered = ordered.values().stream().mapToDouble(Geometry::getArea).sum();
		if (Math.abs(covered - area.getArea()) > COVERAGE_TOLERANCE * area.getArea() + 1e-14) {
			throw new IllegalStateException("Voronoi cells cover " + covered + " of an area of " + area.getArea());
		}
		Fragments.absorb(ordered, List::of);
		return ordered;
	}

	/** {@code count} random points strictly inside {@code area}. */
	static List<Coordinate> randomPointsInside(Geometry area, int count, Random random) {
		IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
		Envelope env = area.getEnvelopeInternal();
		List<Coordinate> points = new ArrayList<>(count);
		for (int tries = 0; points.size() < count; tries++) {
			if (tries > MAX_TRIES) {
				throw new IllegalStateException("Cannot place random points in " + area.getEnvelopeInternal());
			}
			Coordinate c = new Coordinate(env.getMinX() + random.nextDouble() * env.getWidth(),
					env.getMinY() + random.nextDouble() * env.getHeight());
			if (locator.locate(c) == Location.INTERIOR && !points.contains(c)) {
				points.add(c);
			}
		}
		return points;
	}

	/**
	 * Mitchell's best candidate: of {@code candidates} random points inside {@code area}, the one farthest from every
	 * point in {@code taken} (distances on the ground, longitude scaled by the cosine of the latitude).
	 */
	static Coordinate bestCandidate(Geometry area, Collection<Coordinate> taken, int candidates, Random random) {
		Coordinate best = null;
		double bestDistance = -1;
		for (Coordinate c : randomPointsInside(area, candidates, random)) {
			double nearest = Double.MAX_VALUE;
			for (Coordinate t : taken) {
				double dx = (c.x - t.x) * Math.cos(Math.toRadians(c.y));
				nearest = Math.min(nearest, dx * dx + (c.y - t.y) * (c.y - t.y));
			}
			if (nearest > bestDistance && !taken.contains(c)) {
				best = c;
				bestDistance = nearest;
			}
		}
		return best;
	}

	static Geometry intersection(Geometry a, Geometry b) {
		return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
	}

	static Geometry union(Collection<Geometry> parts) {
		return clean(UnaryUnionOp.union(parts, GeoJson.FACTORY));
	}

	/** The polygonal, valid part of {@code geometry} as a Polygon or MultiPolygon (empty Polygon when nothing). */
	static Geometry clean(Geometry geometry) {
		Geometry g = geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
		List<Polygon> polygons = new ArrayList<>();
		for (Object p : PolygonExtracter.getPolygons(g)) {
			if (!((Polygon) p).isEmpty() && ((Polygon) p).getArea() > 0) {
				polygons.add((Polygon) p);
			}
		}
		if (polygons.size() == 1) {
			return polygons.get(0);
		}
		return polygons.isEmpty() ? GeoJson.FACTORY.createPolygon()
				: GeoJson.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}
}
