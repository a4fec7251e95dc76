package org.onegrid.grid.internal;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * An immutable point-location index over polygons.
 * <p>
 * {@link #locate} answers the index of the area that covers the point (interior or boundary) with the highest
 * priority; ties go to the lowest index, so a point on a shared boundary always gets the same answer. The answer is
 * exact: a point is on an edge exactly when JTS's robust orientation test says so, as in
 * {@code PreparedGeometry.covers}.
 * <p>
 * The index is an adaptive quadtree over the areas' bounding box (see {@link PolygonIndexBuilder}), held in a few
 * primitive arrays, with a uniform grid over one of its levels so that a search starts near the bottom. A leaf
 * answers either directly (the best area covering the whole cell, or none) or from a short list of the areas whose
 * boundary crosses the cell, best first, each with its few edges inside the cell and whether the cell's reference
 * point is inside it: a point lies inside when the segment from it to the reference point crosses those edges an
 * odd number of times and the reference point is outside, or an even number and it is inside. Nothing is mutated
 * after {@link #build}, so any number of threads may call {@link #locate} at once.
 */
public final class PolygonIndex {

	private final int size;

	private final double minX;

	private final double minY;

	private final double maxX;

	private final double maxY;

	/** All ring vertices, x then y; edge {@code v} runs from vertex v to vertex v + 1. */
	private final double[] xy;

	/**
	 * Per node: the index of its first child when non-negative (children are four consecutive nodes: SW, SE, NW,
	 * NE); otherwise {@code ~code}, where an even code holds the direct answer {@code code / 2 - 1} and an odd code
	 * the offset {@code code / 2} of a leaf in {@link #leaves}.
	 */
	private final int[] nodes;

	/**
	 * The leaves, packed: the best area covering the whole cell (or -1); the entry count times 64 plus the index of
	 * the reference point among {@link PolygonIndexBuilder#REF_FX}; then per entry the area times two plus one when
	 * the reference point is inside it, the number of edges, and the edges.
	 */
	private final int[] leaves;

	/** The grid has 2^gridLevel × 2^gridLevel cells, the tree's cells at depth gridLevel. */
	private final int gridLevel;

	private final double[] gridX;

	private final double[] gridY;

	private final double scaleX;

	private final double scaleY;

	/** Per grid cell (row-major): the deepest node containing it, of depth at most gridLevel. */
	private final int[] gridNode;

	private final byte[] gridDepth;

	PolygonIndex(int size, double minX, double minY, double maxX, double maxY, double[] xy, int[] nodes,
			int[] leaves, int gridLevel, double[] gridX, double[] gridY, int[] gridNode, byte[] gridDepth) {
		this.size = size;
		this.minX = minX;
		this.minY = minY;
		this.maxX = maxX;
		this.maxY = maxY;
		this.xy = xy;
		this.nodes = nodes;
		this.leaves = leaves;
		this.gridLevel = gridLevel;
		this.gridX = gridX;
		this.gridY = gridY;
		this.scaleX = (1 << gridLevel) / (maxX - minX);
		this.scaleY = (1 << gridLevel) / (maxY - minY);
		this.gridNode = gridNode;
		this.gridDepth = gridDepth;
	}

	/**
	 * Builds the index. {@code areas} are valid Polygons or MultiPolygons in lon/lat; {@code priority[i]} ranks
	 * area i when several cover a point.
	 *
	 * @throws IllegalArgumentException when the counts differ or an area is not polygonal
	 */
	public static PolygonIndex build(List<? extends Geometry> areas, int[] priority) {
		if (areas.size() != priority.length) {
			throw new IllegalArgumentException("one priority per area");
		}
		return PolygonIndexBuilder.build(areas, priority);
	}

	/** The index of the best area covering (x, y), or -1 when none does. */
	public int locate(double x, double y) {
		if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
			return -1;
		}
		int i = slot(gridX, (x - minX) * scaleX, x);
		int j = slot(gridY, (y - minY) * scaleY, y);
		int cell = (j << gridLevel) | i;
		int node = gridNode[cell];
		int shift = gridLevel - gridDepth[cell];
		i = (i >> shift) << shift;
		j = (j >> shift) << shift;
		double x0 = gridX[i];
		double x1 = gridX[i + (1 << shift)];
		double y0 = gridY[j];
		double y1 = gridY[j + (1 << shift)];
		int[] nodes = this.nodes;
		int next;
		while ((next = nodes[node]) >= 0) {
			double mx = PolygonIndexPredicates.mid(x0, x1);
			double my = PolygonIndexPredicates.mid(y0, y1);
			if (x >= mx) {
				x0 = mx;
				next++;
			}
			else {
				x1 = mx;
			}
			if (y >= my) {
				y0 = my;
				next += 2;
			}
			else {
				y1 = my;
			}
			node = next;
		}
		int code = ~next;
		if ((code & 1) == 0) {
			return (code >> 1) - 1;
		}
		return searchLeaf(code >> 1, x, y, x0, y0, x1, y1);
	}

	/** The grid column (or row) holding v: the last split coordinate not above v, as the tree's descent decides. */
	private int slot(double[] splits, double guess, double v) {
		int last = (1 << gridLevel) - 1;
		int g = guess >= last ? last : guess > 0 ? (int) guess : 0;
		while (g > 0 && splits[g] > v) {
			g--;
		}
		while (g < last && splits[g + 1] <= v) {
			g++;
		}
		return g;
	}

	private int searchLeaf(int offset, double x, double y, double x0, double y0, double x1, double y1) {
		int[] leaves = this.leaves;
		double[] xy = this.xy;
		int header = leaves[offset + 1];
		int ref = header & 63;
		double rx = PolygonIndexPredicates.ref(x0, x1, ref, PolygonIndexBuilder.REF_FX);
		double ry = PolygonIndexPredicates.ref(y0, y1, ref, PolygonIndexBuilder.REF_FY);
		double loX = Math.min(x, rx);
		double hiX = Math.max(x, rx);
		double loY = Math.min(y, ry);
		double hiY = Math.max(y, ry);
		int p = offset + 2;
		for (int e = header >>> 6; e > 0; e--) {
			int tag = leaves[p];
			int end = p + 2 + leaves[p + 1];
			boolean inside = (tag & 1) != 0;
			for (int k = p + 2; k < end; k++) {
				int v = leaves[k] << 1;
				double ax = xy[v];
				double ay = xy[v + 1];
				double bx = xy[v + 2];
				double by = xy[v + 3];
				if (Math.max(ax, bx) < loX || Math.min(ax, bx) > hiX || Math.max(ay, by) < loY
						|| Math.min(ay, by) > hiY) {
					continue;
				}
				int sp = PolygonIndexPredicates.orientation(ax, ay, bx, by, x, y);
				if (sp == 0) {
					if (Math.min(ax, bx) <= x && x <= Math.max(ax, bx) && Math.min(ay, by) <= y
							&& y <= Math.max(ay, by)) {
						return tag >>> 1;
					}
					continue;
				}
				if (PolygonIndexPredicates.orientation(ax, ay, bx, by, rx, ry) != sp
						&& (PolygonIndexPredicates.orientation(x, y, rx, ry, ax, ay) >= 0) != (PolygonIndexPredicates
							.orientation(x, y, rx, ry, bx, by) >= 0)) {
					inside = !inside;
				}
			}
			if (inside) {
				return tag >>> 1;
			}
			p = end;
		}
		return leaves[offset];
	}

	/** The number of areas the index was built from. */
	public int size() {
		return size;
	}

	/** Approximately how many bytes of heap the index holds (its arrays and object headers). */
	public long estimatedBytes() {
		return 96 + doubles(xy) + ints(nodes) + ints(leaves) + doubles(gridX) + doubles(gridY) + ints(gridNode)
				+ 16 + (gridDepth.length + 7L) / 8 * 8;
	}

	private static long doubles(double[] a) {
		return 16 + 8L * a.length;
	}

	private static long ints(int[] a) {
		return 16 + (4L * a.length + 7) / 8 * 8;
	}
}
