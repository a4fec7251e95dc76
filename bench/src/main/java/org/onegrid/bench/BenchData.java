package org.onegrid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The benchmark's deterministic data: a city-sized tessellation of grid cells and random query points.
 * <p>
 * The cells are a {@value #COLUMNS} × {@value #ROWS} lattice over about 38 km × 25 km around Beijing (lon/lat),
 * with jittered corners and sides that wiggle in {@value #SIDE_PARTS} pieces, so each cell has 60 vertices and
 * neighbours share their sides' vertices exactly, as real grid layers do.
 */
public final class BenchData {

	public static final int COLUMNS = 400;

	public static final int ROWS = 250;

	public static final int SIDE_PARTS = 15;

	public static final double MIN_LON = 116.20;

	public static final double MIN_LAT = 39.80;

	public static final double CELL_LON = 0.45 / COLUMNS;

	public static final double CELL_LAT = 0.225 / ROWS;

	public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private static List<Polygon> cells;

	private BenchData() {
	}

	/** The cells, generated once per JVM from a fixed seed. */
	public static synchronized List<Polygon> cells() {
		if (cells == null) {
			cells = generate(new Random(20240601L));
		}
		return cells;
	}

	public static Envelope bounds() {
		return new Envelope(MIN_LON, MIN_LON + COLUMNS * CELL_LON, MIN_LAT, MIN_LAT + ROWS * CELL_LAT);
	}

	/** {@code n} uniformly random points in the bounds, x then y. */
	public static double[] points(int n, long seed) {
		Random random = new Random(seed);
		Envelope bounds = bounds();
		double[] xy = new double[2 * n];
		for (int i = 0; i < n; i++) {
			xy[2 * i] = bounds.getMinX() + random.nextDouble() * bounds.getWidth();
			xy[2 * i + 1] = bounds.getMinY() + random.nextDouble() * bounds.getHeight();
		}
		return xy;
	}

	private static List<Polygon> generate(Random random) {
		int nx = COLUMNS;
		int ny = ROWS;
		double[][] cx = new double[nx + 1][ny + 1];
		double[][] cy = new double[nx + 1][ny + 1];
		for (int i = 0; i <= nx; i++) {
			for (int j = 0; j <= ny; j++) {
				boolean border = i == 0 || j == 0 || i == nx || j == ny;
				cx[i][j] = MIN_LON + (i + (border ? 0 : 0.3 * (random.nextDouble() - 0.5))) * CELL_LON;
				cy[i][j] = MIN_LAT + (j + (border ? 0 : 0.3 * (random.nextDouble() - 0.5))) * CELL_LAT;
			}
		}
		Coordinate[][][] horizontal = new Coordinate[nx][ny + 1][];
		Coordinate[][][] vertical = new Coordinate[nx + 1][ny][];
		for (int i = 0; i < nx; i++) {
			for (int j = 0; j <= ny; j++) {
				horizontal[i][j] = side(random, cx[i][j], cy[i][j], cx[i + 1][j], cy[i + 1][j], j == 0 || j == ny);
			}
		}
		for (int i = 0; i <= nx; i++) {
			for (int j = 0; j < ny; j++) {
				vertical[i][j] = side(random, cx[i][j], cy[i][j], cx[i][j + 1], cy[i][j + 1], i == 0 || i == nx);
			}
		}
		List<Polygon> result = new ArrayList<>(nx * ny);
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				Coordinate[] ring = new Coordinate[4 * SIDE_PARTS + 1];
				int k = 0;
				for (int p = 0; p < SIDE_PARTS; p++) {
					ring[k++] = horizontal[i][j][p];
				}
				for (int p = 0; p < SIDE_PARTS; p++) {
					ring[k++] = vertical[i + 1][j][p];
				}
				for (int p = SIDE_PARTS; p > 0; p--) {
					ring[k++] = horizontal[i][j + 1][p];
				}
				for (int p = SIDE_PARTS; p > 0; p--) {
					ring[k++] = vertical[i][j][p];
				}
				ring[k] = ring[0];
				result.add(FACTORY.createPolygon(ring));
			}
		}
		return result;
	}

	private static Coordinate[] side(Random random, double ax, double ay, double bx, double by, boolean straight) {
		Coordinate[] c = new Coordinate[SIDE_PARTS + 1];
		double nx = -(by - ay);
		double ny = bx - ax;
		c[0] = new Coordinate(ax, ay);
		for (int k = 1; k < SIDE_PARTS; k++) {
			double t = (double) k / SIDE_PARTS;
			double off = straight ? 0 : 0.06 * (random.nextDouble() - 0.5);
			c[k] = new Coordinate(ax + t * (bx - ax) + off * nx, ay + t * (by - ay) + off * ny);
		}
		c[SIDE_PARTS] = new Coordinate(bx, by);
		return c;
	}
}
