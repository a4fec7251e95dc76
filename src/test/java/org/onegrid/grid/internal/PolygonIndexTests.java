package org.onegrid.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

class PolygonIndexTests {

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	@Test
	void pointInHoleIsNotCoveredByThePolygonButByWhatFillsTheHole() {
		Polygon donut = FACTORY.createPolygon(ring(0, 0, 10, 0, 10, 10, 0, 10, 0, 0),
				new LinearRing[] { ring(3, 3, 7, 3, 7, 7, 3, 7, 3, 3) });
		Polygon island = box(4, 4, 6, 6);
		PolygonIndex index = PolygonIndex.build(List.of(donut, island), new int[] { 0, 0 });

		assertThat(index.locate(1, 1)).isEqualTo(0);
		assertThat(index.locate(3.5, 3.5)).isEqualTo(-1);
		assertThat(index.locate(5, 5)).isEqualTo(1);
		assertThat(index.locate(3, 5)).as("on the hole's edge").isEqualTo(0);
		assertThat(index.locate(7, 7)).as("on the hole's vertex").isEqualTo(0);
		assertThat(index.locate(4, 5)).as("on the island's edge").isEqualTo(1);
		assertThat(index.size()).isEqualTo(2);
		assertThat(index.estimatedBytes()).isPositive();
	}

	@Test
	void multiPolygonPartsAllBelongToTheirArea() {
		Geometry two = FACTORY.createMultiPolygon(new Polygon[] { box(0, 0, 1, 1), box(5, 5, 6, 6) });
		PolygonIndex index = PolygonIndex.build(List.of(box(2, 2, 3, 3), two), new int[] { 0, 0 });

		assertThat(index.locate(0.5, 0.5)).isEqualTo(1);
		assertThat(index.locate(5.5, 5.9)).isEqualTo(1);
		assertThat(index.locate(6, 6)).isEqualTo(1);
		assertThat(index.locate(2.5, 2.5)).isEqualTo(0);
		assertThat(index.locate(4, 4)).isEqualTo(-1);
	}

	@Test
	void theHighestPriorityWinsAmongNestedAreas() {
		List<Polygon> areas = List.of(box(0, 0, 100, 100), box(10, 10, 50, 50), box(20, 20, 30, 30),
				box(60, 60, 70, 70));
		PolygonIndex index = PolygonIndex.build(areas, new int[] { 1, 2, 3, 2 });

		assertThat(index.locate(5, 5)).isEqualTo(0);
		assertThat(index.locate(15, 15)).isEqualTo(1);
		assertThat(index.locate(25, 25)).isEqualTo(2);
		assertThat(index.locate(20, 25)).as("edge of the innermost").isEqualTo(2);
		assertThat(index.locate(65, 65)).isEqualTo(3);
		assertThat(index.locate(100, 100)).isEqualTo(0);

		PolygonIndex reversed = PolygonIndex.build(areas, new int[] { 3, 2, 1, 0 });
		assertThat(reversed.locate(25, 25)).isEqualTo(0);
	}

	@Test
	void sharedEdgesAndVerticesGoToTheLowestIndexAmongEqualPriorities() {
		List<Polygon> areas = List.of(box(1, 0, 2, 1), box(0, 0, 1, 1), box(0, 1, 1, 2), box(1, 1, 2, 2));
		PolygonIndex index = PolygonIndex.build(areas, new int[] { 0, 0, 0, 0 });

		assertThat(index.locate(1, 1)).as("shared by all four").isEqualTo(0);
		assertThat(index.locate(1, 0.5)).isEqualTo(0);
		assertThat(index.locate(0.5, 1)).isEqualTo(1);
		assertThat(index.locate(1, 1.5)).isEqualTo(2);
		assertThat(index.locate(1.5, 1)).isEqualTo(0);
		assertThat(index.locate(0.5, 1.5)).isEqualTo(2);

		PolygonIndex ranked = PolygonIndex.build(areas, new int[] { 0, 0, 0, 1 });
		assertThat(ranked.locate(1, 1)).isEqualTo(3);
		assertThat(ranked.locate(1, 0.5)).isEqualTo(0);
	}

	@Test
	void pointsOutsideEverythingFindNothing() {
		PolygonIndex index = PolygonIndex.build(List.of(box(0, 0, 1, 1), box(2, 0, 3, 1)), new int[] { 0, 0 });

		assertThat(index.locate(1.5, 0.5)).isEqualTo(-1);
		assertThat(index.locate(-1, 0.5)).isEqualTo(-1);
		assertThat(index.locate(0.5, 7)).isEqualTo(-1);
		assertThat(index.locate(Double.NaN, 0.5)).isEqualTo(-1);
		assertThat(PolygonIndex.build(List.of(), new int[0]).locate(0, 0)).isEqualTo(-1);
	}

	@Test
	void rejectsMismatchedPrioritiesAndNonAreas() {
		assertThatThrownBy(() -> PolygonIndex.build(List.of(box(0, 0, 1, 1)), new int[0]))
			.isInstanceOf(IllegalArgumentException.class);
		Geometry line = FACTORY.createLineString(new Coordinate[] { new Coordinate(0, 0), new Coordinate(1, 1) });
		assertThatThrownBy(() -> PolygonIndex.build(List.of(line), new int[1]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void agreesWithJtsOnOverlappingStarsOnAnIntegerGrid() {
		Random random = new Random(11);
		List<Geometry> areas = new ArrayList<>();
		while (areas.size() < 3000) {
			double cx = random.nextInt(2000);
			double cy = random.nextInt(2000);
			double r = 5 + random.nextInt(60);
			Geometry star = star(random, cx, cy, r, 8 + random.nextInt(50), 1.0, random.nextInt(4) == 0);
			if (random.nextInt(10) == 0) {
				star = FACTORY.createMultiPolygon(new Polygon[] { (Polygon) star,
						(Polygon) star(random, cx + 3 * r, cy, r, 12, 1.0, false) });
			}
			if (star.isValid()) {
				areas.add(star);
			}
		}
		compareWithJts(areas, randomPriorities(random, areas.size(), 4), random, 1.0);
	}

	@Test
	void agreesWithJtsOnOverlappingStarsInLonLat() {
		Random random = new Random(12);
		List<Geometry> areas = new ArrayList<>();
		while (areas.size() < 3000) {
			double cx = 116.2 + random.nextDouble() * 0.3;
			double cy = 39.8 + random.nextDouble() * 0.3;
			Geometry star = star(random, cx, cy, 0.001 + random.nextDouble() * 0.01, 8 + random.nextInt(60), 0,
					random.nextInt(3) == 0);
			if (star.isValid()) {
				areas.add(star);
			}
		}
		compareWithJts(areas, randomPriorities(random, areas.size(), 3), random, 0);
	}

	@Test
	void agreesWithJtsOnANestedTessellationWithSharedBoundaries() {
		Random random = new Random(13);
		int n = 32;
		Polygon[][] cells = tessellation(random, n, 120.0, 30.0, 0.002);
		List<Geometry> areas = new ArrayList<>();
		List<Integer> priorities = new ArrayList<>();
		int[] blockSizes = { 32, 8, 4, 2 };
		for (int level = 0; level < blockSizes.length; level++) {
			int size = blockSizes[level];
			for (int i = 0; i < n; i += size) {
				for (int j = 0; j < n; j += size) {
					List<Geometry> block = new ArrayList<>();
					for (int a = 0; a < size; a++) {
						for (int b = 0; b < size; b++) {
							block.add(cells[i + a][j + b]);
						}
					}
					areas.add(CascadedPolygonUnion.union(block));
					priorities.add(level + 1);
				}
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (random.nextInt(7) != 0) {
					areas.add(cells[i][j]);
					priorities.add(blockSizes.length + 1);
				}
			}
		}
		int[] priority = priorities.stream().mapToInt(Integer::intValue).toArray();
		compareWithJts(areas, priority, random, 0);
	}

	@Test
	void answersTheSameFromManyThreads() throws InterruptedException {
		Random random = new Random(14);
		Polygon[][] cells = tessellation(random, 30, 10.0, 50.0, 0.01);
		List<Geometry> areas = new ArrayList<>();
		for (Polygon[] row : cells) {
			areas.addAll(List.of(row));
		}
		PolygonIndex index = PolygonIndex.build(areas, new int[areas.size()]);
		double[] points = new double[20000];
		int[] expected = new int[points.length / 2];
		for (int i = 0; i < expected.length; i++) {
			points[2 * i] = 10.0 + random.nextDouble() * 0.3;
			points[2 * i + 1] = 50.0 + random.nextDouble() * 0.3;
			expected[i] = index.locate(points[2 * i], points[2 * i + 1]);
		}
		int[] mismatches = new int[4];
		Thread[] threads = new Thread[4];
		for (int t = 0; t < threads.length; t++) {
			int id = t;
			threads[t] = new Thread(() -> {
				for (int round = 0; round < 5; round++) {
					for (int i = 0; i < expected.length; i++) {
						if (index.locate(points[2 * i], points[2 * i + 1]) != expected[i]) {
							mismatches[id]++;
						}
					}
				}
			});
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(mismatches).containsOnly(0);
	}

	private static void compareWithJts(List<Geometry> areas, int[] priority, Random random, double grid) {
		PolygonIndex index = PolygonIndex.build(areas, priority);
		STRtree tree = new STRtree();
		PreparedGeometry[] prepared = new PreparedGeometry[areas.size()];
		Envelope all = new Envelope();
		for (int i = 0; i < areas.size(); i++) {
			prepared[i] = PreparedGeometryFactory.prepare(areas.get(i));
			tree.insert(areas.get(i).getEnvelopeInternal(), i);
			all.expandToInclude(areas.get(i).getEnvelopeInternal());
		}
		List<Coordinate> points = new ArrayList<>();
		for (int k = 0; k < 30000; k++) {
			double x = all.getMinX() + random.nextDouble() * all.getWidth();
			double y = all.getMinY() + random.nextDouble() * all.getHeight();
			points.add(grid > 0 ? new Coordinate(Math.rint(x / grid) * grid, Math.rint(y / grid) * grid)
					: new Coordinate(x, y));
		}
		for (int k = 0; k < 30000; k++) {
			Coordinate[] ring = areas.get(random.nextInt(areas.size())).getCoordinates();
			int v = random.nextInt(ring.length - 1);
			Coordinate a = ring[v];
			Coordinate b = ring[v + 1];
			switch (k % 3) {
				case 0 -> points.add(new Coordinate(a));
				case 1 -> points.add(new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2));
				default -> {
					double t = random.nextDouble();
					points.add(new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
				}
			}
		}
		int mismatches = 0;
		int covered = 0;
		String firstMismatch = null;
		for (Coordinate c : points) {
			int expected = -1;
			Geometry point = FACTORY.createPoint(c);
			for (Object o : tree.query(new Envelope(c))) {
				int i = (Integer) o;
				if (prepared[i].covers(point) && (expected < 0 || priority[i] > priority[expected]
						|| (priority[i] == priority[expected] && i < expected))) {
					expected = i;
				}
			}
			int actual = index.locate(c.x, c.y);
			if (actual != expected) {
				mismatches++;
				if (firstMismatch == null) {
					firstMismatch = c + ": expected " + expected + " but was " + actual;
				}
			}
			if (expected >= 0) {
				covered++;
			}
		}
		assertThat(mismatches).as("mismatches, first %s", firstMismatch).isZero();
		assertThat(covered).as("points covered by some area").isGreaterThan(points.size() / 3);
	}

	private static int[] randomPriorities(Random random, int n, int levels) {
		int[] priority = new int[n];
		for (int i = 0; i < n; i++) {
			priority[i] = random.nextInt(levels);
		}
		return priority;
	}

	/**
	 * A star-shaped polygon around (cx, cy), optionally with a star-shaped hole; coordinates rounded to multiples
	 * of {@code grid} when it is positive.
	 */
	private static Polygon star(Random random, double cx, double cy, double r, int vertices, double grid,
			boolean hole) {
		LinearRing shell = starRing(random, cx, cy, 0.4 * r, r, vertices, grid);
		if (!hole) {
			return FACTORY.createPolygon(shell);
		}
		LinearRing inner = starRing(random, cx, cy, 0.1 * r, 0.3 * r, 4 + vertices / 3, grid);
		return FACTORY.createPolygon(shell, new LinearRing[] { inner });
	}

	private static LinearRing starRing(Random random, double cx, double cy, double rMin, double rMax, int n,
			double grid) {
		Coordinate[] c = new Coordinate[n + 1];
		double step = 2 * Math.PI / n;
		for (int k = 0; k < n; k++) {
			double angle = (k + 0.2 + 0.6 * random.nextDouble()) * step;
			double radius = rMin + random.nextDouble() * (rMax - rMin);
			double x = cx + radius * Math.cos(angle);
			double y = cy + radius * Math.sin(angle);
			c[k] = grid > 0 ? new Coordinate(Math.rint(x / grid) * grid, Math.rint(y / grid) * grid)
					: new Coordinate(x, y);
		}
		c[n] = new Coordinate(c[0]);
		return FACTORY.createLinearRing(c);
	}

	/**
	 * An n × n tessellation of jittered quadrilaterals whose sides wiggle; neighbours share their side's vertices
	 * exactly.
	 */
	private static Polygon[][] tessellation(Random random, int n, double x0, double y0, double size) {
		double[][] cx = new double[n + 1][n + 1];
		double[][] cy = new double[n + 1][n + 1];
		for (int i = 0; i <= n; i++) {
			for (int j = 0; j <= n; j++) {
				boolean border = i == 0 || j == 0 || i == n || j == n;
				cx[i][j] = x0 + (i + (border ? 0 : 0.3 * (random.nextDouble() - 0.5))) * size;
				cy[i][j] = y0 + (j + (border ? 0 : 0.3 * (random.nextDouble() - 0.5))) * size;
			}
		}
		Coordinate[][][] horizontal = new Coordinate[n][n + 1][];
		Coordinate[][][] vertical = new Coordinate[n + 1][n][];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= n; j++) {
				horizontal[i][j] = wiggle(random, cx[i][j], cy[i][j], cx[i + 1][j], cy[i + 1][j], j == 0 || j == n);
			}
		}
		for (int i = 0; i <= n; i++) {
			for (int j = 0; j < n; j++) {
				vertical[i][j] = wiggle(random, cx[i][j], cy[i][j], cx[i][j + 1], cy[i][j + 1], i == 0 || i == n);
			}
		}
		Polygon[][] cells = new Polygon[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				List<Coordinate> ring = new ArrayList<>();
				Coordinate[] bottom = horizontal[i][j];
				Coordinate[] right = vertical[i + 1][j];
				Coordinate[] top = horizontal[i][j + 1];
				Coordinate[] left = vertical[i][j];
				for (int k = 0; k < bottom.length - 1; k++) {
					ring.add(bottom[k]);
				}
				for (int k = 0; k < right.length - 1; k++) {
					ring.add(right[k]);
				}
				for (int k = top.length - 1; k > 0; k--) {
					ring.add(top[k]);
				}
				for (int k = left.length - 1; k > 0; k--) {
					ring.add(left[k]);
				}
				ring.add(new Coordinate(bottom[0]));
				cells[i][j] = FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
			}
		}
		return cells;
	}

	private static Coordinate[] wiggle(Random random, double ax, double ay, double bx, double by, boolean straight) {
		int parts = 8;
		Coordinate[] c = new Coordinate[parts + 1];
		double nx = -(by - ay);
		double ny = bx - ax;
		for (int k = 0; k <= parts; k++) {
			double t = (double) k / parts;
			double off = (k == 0 || k == parts || straight) ? 0 : 0.06 * (random.nextDouble() - 0.5);
			c[k] = new Coordinate(ax + t * (bx - ax) + off * nx, ay + t * (by - ay) + off * ny);
		}
		c[0] = new Coordinate(ax, ay);
		c[parts] = new Coordinate(bx, by);
		return c;
	}

	private static LinearRing ring(double... xy) {
		Coordinate[] c = new Coordinate[xy.length / 2];
		for (int i = 0; i < c.length; i++) {
			c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		return FACTORY.createLinearRing(c);
	}

	private static Polygon box(double x0, double y0, double x1, double y1) {
		return FACTORY.createPolygon(ring(x0, y0, x1, y0, x1, y1, x0, y1, x0, y0));
	}
}
