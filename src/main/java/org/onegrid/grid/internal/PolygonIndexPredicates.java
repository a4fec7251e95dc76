package org.onegrid.grid.internal;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * The geometric predicates of {@link PolygonIndex}, exact wherever JTS's own point-in-polygon test is exact.
 * <p>
 * Orientation is decided by a floating-point filter whose error bound (Shewchuk's) guarantees the sign whenever it
 * answers, falling back to {@link CGAlgorithmsDD#orientationIndex(double, double, double, double, double, double)}
 * otherwise, so that "on the edge" means the same thing here as in {@code PreparedGeometry.covers}.
 */
final class PolygonIndexPredicates {

	private static final double ORIENTATION_BOUND = (3.0 + 16.0 * 0x1p-53) * 0x1p-53;

	private PolygonIndexPredicates() {
	}

	/** 1 when c lies left of the directed line a→b, -1 when right, 0 when the three points are collinear. */
	static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
		double left = (ax - cx) * (by - cy);
		double right = (ay - cy) * (bx - cx);
		double det = left - right;
		double bound = ORIENTATION_BOUND * (Math.abs(left) + Math.abs(right));
		if (det > bound) {
			return 1;
		}
		if (-det > bound) {
			return -1;
		}
		return CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, cx, cy);
	}

	/** Whether p lies on the closed segment a–b. */
	static boolean onSegment(double ax, double ay, double bx, double by, double px, double py) {
		return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by)
				&& orientation(ax, ay, bx, by, px, py) == 0;
	}

	/**
	 * Whether the segment p–r crosses the edge a–b, counted so that the parity of crossings along p–r over a
	 * polygon's edges tells whether p and r are on different sides of its boundary.
	 * <p>
	 * Requires that neither p nor r lies on the edge. A vertex lying on the line p–r counts as lying on its left
	 * (the line is shifted infinitesimally to the right), which makes a path through a vertex or along an edge count
	 * consistently.
	 */
	static boolean crosses(double ax, double ay, double bx, double by, double px, double py, double rx, double ry) {
		if (Math.max(ax, bx) < Math.min(px, rx) || Math.min(ax, bx) > Math.max(px, rx)
				|| Math.max(ay, by) < Math.min(py, ry) || Math.min(ay, by) > Math.max(py, ry)) {
			return false;
		}
		int sp = orientation(ax, ay, bx, by, px, py);
		if (sp == 0) {
			return false;
		}
		int sr = orientation(ax, ay, bx, by, rx, ry);
		if (sr == 0 || sr == sp) {
			return false;
		}
		return (orientation(px, py, rx, ry, ax, ay) >= 0) != (orientation(px, py, rx, ry, bx, by) >= 0);
	}

	/** Whether the segment a–b meets the closed rectangle [x0, x1] × [y0, y1]. */
	static boolean touchesCell(double ax, double ay, double bx, double by, double x0, double y0, double x1,
			double y1) {
		if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) {
			return false;
		}
		if ((ax >= x0 && ax <= x1 && ay >= y0 && ay <= y1) || (bx >= x0 && bx <= x1 && by >= y0 && by <= y1)) {
			return true;
		}
		int s = orientation(ax, ay, bx, by, x0, y0);
		if (s == 0) {
			return true;
		}
		return orientation(ax, ay, bx, by, x1, y0) != s || orientation(ax, ay, bx, by, x0, y1) != s
				|| orientation(ax, ay, bx, by, x1, y1) != s;
	}

	/** The split coordinate of a cell side, computed the same way when building and when searching. */
	static double mid(double lo, double hi) {
		return (lo + hi) * 0.5;
	}

	/**
	 * Coordinate {@code k} of a cell side's candidate reference points: the split coordinate for k = 0 (so that
	 * the reference point is the corner shared by the four children), a fixed low-discrepancy fraction otherwise.
	 */
	static double ref(double lo, double hi, int k, double[] fractions) {
		return k == 0 ? mid(lo, hi) : lo + (hi - lo) * fractions[k];
	}
}
