package org.onegrid.grid.internal;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds the flat adaptive quadtree behind {@link PolygonIndex}.
 * <p>
 * Cells are split until they hold at most {@value #LEAF_EDGES} polygon edges, or at most
 * {@value #LEAF_DISTINCT_EDGES} distinct ones (as along boundaries shared by many nested areas, each holding a copy),
 * or all their edges meet at one vertex, or the depth limit is reached. Every cell has a reference point (normally its centre, which is the corner
 * its four children share; another fixed candidate when the centre lies on an edge) and knows, for each area whose
 * boundary passes through it, whether that point is inside the area. A child's statuses follow from its parent's by
 * counting the crossings of the segment between the two reference points, which lies inside the child, with the
 * child's own edges; so no area is ever tested from scratch and each split is one pass over the parent's edges.
 * Areas covering a whole cell are not kept as entries: only the best of them, and the boundary entries that rank
 * above it, survive.
 * <p>
 * The leaves are packed into one int array; see {@link PolygonIndex} for the layout.
 */
final class PolygonIndexBuilder {

	static final int LEAF_EDGES = 8;

	static final int LEAF_DISTINCT_EDGES = 4;

	static final int SHARED_VERTEX_EDGES = 48;

	static final int MAX_DEPTH = 26;

	static final int MAX_GRID_LEVEL = 10;

	/** Fractions of a cell's width and height where its reference point may sit (index 0: the centre). */
	static final double[] REF_FX;

	static final double[] REF_FY;

	static {
		int n = 64;
		REF_FX = new double[n];
		REF_FY = new double[n];
		REF_FX[0] = 0.5;
		REF_FY[0] = 0.5;
		for (int k = 1; k < n; k++) {
			REF_FX[k] = 0.1 + 0.8 * radicalInverse(k, 2);
			REF_FY[k] = 0.1 + 0.8 * radicalInverse(k, 3);
		}
	}

	private final int areaCount;

	/** Rank of each area: 0 is the best (highest priority, then lowest index). */
	private final int[] rank;

	/** All ring vertices, x then y; edge {@code v} runs from vertex v to vertex v + 1. */
	private double[] xy = new double[1024];

	private int vertexCount;

	private double minX = Double.POSITIVE_INFINITY;

	private double minY = Double.POSITIVE_INFINITY;

	private double maxX = Double.NEGATIVE_INFINITY;

	private double maxY = Double.NEGATIVE_INFINITY;

	private final IntBuffer nodes = new IntBuffer();

	private final IntBuffer leaves = new IntBuffer();

	private PolygonIndexBuilder(int areaCount, int[] priority) {
		if (areaCount >= (1 << 29)) {
			throw new IllegalArgumentException("too many areas");
		}
		this.areaCount = areaCount;
		Integer[] order = new Integer[areaCount];
		for (int i = 0; i < areaCount; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> priority[a] != priority[b] ? Integer.compare(priority[b], priority[a])
				: Integer.compare(a, b));
		this.rank = new int[areaCount];
		for (int r = 0; r < areaCount; r++) {
			rank[order[r]] = r;
		}
	}

	static PolygonIndex build(List<? extends Geometry> areas, int[] priority) {
		return new PolygonIndexBuilder(areas.size(), priority).run(areas);
	}

	private PolygonIndex run(List<? extends Geometry> areas) {
		int n = areaCount;
		int[] edgeStartOfArea = new int[n + 1];
		IntBuffer edges = new IntBuffer();
		for (int i = 0; i < n; i++) {
			edgeStartOfArea[i] = edges.size;
			addArea(areas.get(i), edges);
		}
		edgeStartOfArea[n] = edges.size;

		int[] byRank = new int[n];
		for (int i = 0; i < n; i++) {
			byRank[rank[i]] = i;
		}
		Cell all = new Cell(n, edges.size);
		int pos = 0;
		for (int area : byRank) {
			if (edgeStartOfArea[area + 1] > edgeStartOfArea[area]) {
				int e = all.count++;
				all.area[e] = area;
				for (int k = edgeStartOfArea[area]; k < edgeStartOfArea[area + 1]; k++) {
					all.edges[pos++] = edges.data[k];
				}
				all.start[e + 1] = pos;
			}
		}
		nodes.add(~0);
		if (all.count > 0) {
			all.refX = minX - 1 - Math.abs(minX);
			all.refY = PolygonIndexPredicates.mid(minY, maxY);
			Cell root = new Cell(all.count, pos);
			System.arraycopy(all.area, 0, root.area, 0, all.count);
			System.arraycopy(all.start, 0, root.start, 0, all.count + 1);
			System.arraycopy(all.edges, 0, root.edges, 0, pos);
			root.count = all.count;
			settle(root, all, minX, minY, maxX, maxY);
			all = null;
			buildNode(0, root, minX, minY, maxX, maxY, 0);
		}
		int[] tree = nodes.toArray();
		int level = 0;
		while (level < MAX_GRID_LEVEL && (4L << (2 * level)) <= tree.length / 8) {
			level++;
		}
		int side = 1 << level;
		double[] gridX = new double[side + 1];
		double[] gridY = new double[side + 1];
		gridX[0] = minX;
		gridX[side] = maxX;
		gridY[0] = minY;
		gridY[side] = maxY;
		splitSide(gridX, 0, side);
		splitSide(gridY, 0, side);
		int[] gridNode = new int[side * side];
		byte[] gridDepth = new byte[side * side];
		fillGrid(tree, 0, 0, level, 0, 0, gridNode, gridDepth);
		return new PolygonIndex(areaCount, minX, minY, maxX, maxY, Arrays.copyOf(xy, 2 * vertexCount), tree,
				leaves.toArray(), level, gridX, gridY, gridNode, gridDepth);
	}

	/** Fills in the split coordinates between {@code side[lo]} and {@code side[hi]} as the tree computes them. */
	private static void splitSide(double[] side, int lo, int hi) {
		if (hi - lo < 2) {
			return;
		}
		int m = (lo + hi) >>> 1;
		side[m] = PolygonIndexPredicates.mid(side[lo], side[hi]);
		splitSide(side, lo, m);
		splitSide(side, m, hi);
	}

	/** Points each grid cell at the node of depth at most {@code level} that contains it. */
	private static void fillGrid(int[] tree, int node, int depth, int level, int i0, int j0, int[] gridNode,
			byte[] gridDepth) {
		int size = 1 << (level - depth);
		if (depth == level || tree[node] < 0) {
			for (int j = j0; j < j0 + size; j++) {
				Arrays.fill(gridNode, (j << level) + i0, (j << level) + i0 + size, node);
				Arrays.fill(gridDepth, (j << level) + i0, (j << level) + i0 + size, (byte) depth);
			}
			return;
		}
		int half = size >> 1;
		for (int q = 0; q < 4; q++) {
			fillGrid(tree, tree[node] + q, depth + 1, level, i0 + (q & 1) * half, j0 + (q >> 1) * half, gridNode,
					gridDepth);
		}
	}

	private void addArea(Geometry geometry, IntBuffer edges) {
		if (geometry instanceof Polygon polygon) {
			addRing(polygon.getExteriorRing().getCoordinateSequence(), edges);
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				addRing(polygon.getInteriorRingN(h).getCoordinateSequence(), edges);
			}
		}
		else if (geometry instanceof GeometryCollection collection) {
			for (int g = 0; g < collection.getNumGeometries(); g++) {
				addArea(collection.getGeometryN(g), edges);
			}
		}
		else {
			throw new IllegalArgumentException("not an area: " + geometry.getGeometryType());
		}
	}

	private void addRing(CoordinateSequence ring, IntBuffer edges) {
		int n = ring.size();
		if (n == 0) {
			return;
		}
		if (xy.length < 2 * (vertexCount + n)) {
			xy = Arrays.copyOf(xy, Math.max(2 * xy.length, 2 * (vertexCount + n)));
		}
		int first = vertexCount;
		Coordinate c = new Coordinate();
		for (int k = 0; k < n; k++) {
			ring.getCoordinate(k, c);
			xy[2 * vertexCount] = c.x;
			xy[2 * vertexCount + 1] = c.y;
			vertexCount++;
			minX = Math.min(minX, c.x);
			minY = Math.min(minY, c.y);
			maxX = Math.max(maxX, c.x);
			maxY = Math.max(maxY, c.y);
		}
		for (int v = first; v < vertexCount - 1; v++) {
			if (xy[2 * v] != xy[2 * v + 2] || xy[2 * v + 1] != xy[2 * v + 3]) {
				edges.add(v);
			}
		}
	}

	/** Emits node {@code node} for a settled cell: a direct answer, a leaf, or four children. */
	private void buildNode(int node, Cell cell, double x0, double y0, double x1, double y1, int depth) {
		double mx = PolygonIndexPredicates.mid(x0, x1);
		double my = PolygonIndexPredicates.mid(y0, y1);
		int edgeCount = cell.start[cell.count];
		boolean splittable = depth < MAX_DEPTH && x0 < mx && mx < x1 && y0 < my && my < y1;
		if (cell.count == 0) {
			nodes.data[node] = ~((cell.full + 1) << 1);
			return;
		}
		if (!splittable || edgeCount <= LEAF_EDGES || (edgeCount <= SHARED_VERTEX_EDGES
				&& (sharesOneVertex(cell) || fewDistinctEdges(cell)))) {
			emitLeaf(node, cell);
			return;
		}
		double[] cx0 = { x0, mx, x0, mx };
		double[] cy0 = { y0, y0, my, my };
		double[] cx1 = { mx, x1, mx, x1 };
		double[] cy1 = { my, my, y1, y1 };
		Cell[] children = split(cell, cx0, cy0, cx1, cy1);
		int base = nodes.size;
		for (int q = 0; q < 4; q++) {
			nodes.add(0);
		}
		nodes.data[node] = base;
		for (int q = 0; q < 4; q++) {
			Cell child = children[q];
			children[q] = null;
			buildNode(base + q, child, cx0[q], cy0[q], cx1[q], cy1[q], depth + 1);
		}
	}

	/**
	 * Distributes the cell's edges over its four children in one pass and, where the parent's reference point is the
	 * children's shared corner and a child's centre lies on none of its edges, derives the child's statuses in the
	 * same pass; otherwise {@link #settle} does it from the parent's edges.
	 */
	private Cell[] split(Cell cell, double[] cx0, double[] cy0, double[] cx1, double[] cy1) {
		int total = cell.start[cell.count];
		Cell[] children = new Cell[4];
		double[] crx = new double[4];
		double[] cry = new double[4];
		boolean[] fast = new boolean[4];
		int[] pos = new int[4];
		for (int q = 0; q < 4; q++) {
			children[q] = new Cell(cell.count, total);
			children[q].count = cell.count;
			crx[q] = PolygonIndexPredicates.ref(cx0[q], cx1[q], 0, REF_FX);
			cry[q] = PolygonIndexPredicates.ref(cy0[q], cy1[q], 0, REF_FY);
			fast[q] = cell.refX >= cx0[q] && cell.refX <= cx1[q] && cell.refY >= cy0[q] && cell.refY <= cy1[q];
		}
		double px = cell.refX;
		double py = cell.refY;
		double[] xy = this.xy;
		boolean[] odd = new boolean[4];
		for (int e = 0; e < cell.count; e++) {
			Arrays.fill(odd, false);
			for (int k = cell.start[e]; k < cell.start[e + 1]; k++) {
				int v = cell.edges[k];
				double ax = xy[2 * v];
				double ay = xy[2 * v + 1];
				double bx = xy[2 * v + 2];
				double by = xy[2 * v + 3];
				double lox = Math.min(ax, bx);
				double hix = Math.max(ax, bx);
				double loy = Math.min(ay, by);
				double hiy = Math.max(ay, by);
				for (int q = 0; q < 4; q++) {
					if (hix < cx0[q] || lox > cx1[q] || hiy < cy0[q] || loy > cy1[q]) {
						continue;
					}
					boolean within = lox >= cx0[q] && hix <= cx1[q] && loy >= cy0[q] && hiy <= cy1[q];
					if (!within && !PolygonIndexPredicates.touchesCell(ax, ay, bx, by, cx0[q], cy0[q], cx1[q],
							cy1[q])) {
						continue;
					}
					Cell child = children[q];
					child.edges[pos[q]++] = v;
					if (fast[q]) {
						if (PolygonIndexPredicates.onSegment(ax, ay, bx, by, crx[q], cry[q])) {
							fast[q] = false;
						}
						else if (PolygonIndexPredicates.crosses(ax, ay, bx, by, px, py, crx[q], cry[q])) {
							odd[q] = !odd[q];
						}
					}
				}
			}
			for (int q = 0; q < 4; q++) {
				Cell child = children[q];
				child.area[e] = cell.area[e];
				child.inside[e] = cell.inside[e] ^ odd[q];
				child.start[e + 1] = pos[q];
			}
		}
		for (int q = 0; q < 4; q++) {
			Cell child = children[q];
			child.full = cell.full;
			if (fast[q]) {
				child.refX = crx[q];
				child.refY = cry[q];
				prune(child);
			}
			else {
				settle(child, cell, cx0[q], cy0[q], cx1[q], cy1[q]);
			}
		}
		return children;
	}

	/**
	 * Settles a child whose edges are filtered but whose reference point is not yet placed: places it on none of the
	 * child's edges, derives each entry's status by crossing the parent's edges (for the root: all edges, from a
	 * point left of everything), then prunes.
	 */
	private void settle(Cell child, Cell parent, double x0, double y0, double x1, double y1) {
		int refIndex = placeReference(child, x0, y0, x1, y1);
		child.refIndex = refIndex;
		child.refX = PolygonIndexPredicates.ref(x0, x1, refIndex, REF_FX);
		child.refY = PolygonIndexPredicates.ref(y0, y1, refIndex, REF_FY);
		for (int e = 0; e < child.count; e++) {
			boolean odd = false;
			for (int k = parent.start[e]; k < parent.start[e + 1]; k++) {
				int v = parent.edges[k];
				if (PolygonIndexPredicates.crosses(xy[2 * v], xy[2 * v + 1], xy[2 * v + 2], xy[2 * v + 3],
						parent.refX, parent.refY, child.refX, child.refY)) {
					odd = !odd;
				}
			}
			child.inside[e] = parent.inside[e] ^ odd;
		}
		prune(child);
	}

	/**
	 * Drops the entries without edges (the best inside one becomes the cell's full area) and the entries ranking
	 * below the full area, compacting the rest in rank order.
	 */
	private void prune(Cell cell) {
		int full = cell.full;
		int fullRank = full < 0 ? Integer.MAX_VALUE : rank[full];
		int kept = 0;
		int keptEdges = 0;
		int from = 0;
		int count = cell.count;
		for (int e = 0; e < count; e++) {
			int area = cell.area[e];
			if (rank[area] > fullRank) {
				break;
			}
			int edgeCount = cell.start[e + 1] - from;
			boolean inside = cell.inside[e];
			if (edgeCount == 0) {
				if (inside) {
					full = area;
					fullRank = rank[area];
				}
				continue;
			}
			if (keptEdges != from) {
				System.arraycopy(cell.edges, from, cell.edges, keptEdges, edgeCount);
			}
			from += edgeCount;
			cell.area[kept] = area;
			cell.inside[kept] = inside;
			cell.start[kept] = keptEdges;
			keptEdges += edgeCount;
			cell.start[kept + 1] = keptEdges;
			kept++;
		}
		cell.count = kept;
		cell.start[kept] = keptEdges;
		cell.full = full;
	}

	/** The first candidate reference point of the cell that lies on none of its edges. */
	private int placeReference(Cell cell, double x0, double y0, double x1, double y1) {
		int end = cell.start[cell.count];
		candidates: for (int k = 0; k < REF_FX.length; k++) {
			double rx = PolygonIndexPredicates.ref(x0, x1, k, REF_FX);
			double ry = PolygonIndexPredicates.ref(y0, y1, k, REF_FY);
			for (int i = 0; i < end; i++) {
				int v = cell.edges[i];
				if (PolygonIndexPredicates.onSegment(xy[2 * v], xy[2 * v + 1], xy[2 * v + 2], xy[2 * v + 3], rx, ry)) {
					continue candidates;
				}
			}
			return k;
		}
		throw new IllegalStateException("no free reference point among " + end + " edges");
	}

	/** Whether one vertex is an end of every edge of the cell, as where many boundaries meet. */
	private boolean sharesOneVertex(Cell cell) {
		int first = cell.edges[0];
		int end = cell.start[cell.count];
		for (int side = 0; side < 2; side++) {
			double px = xy[2 * (first + side)];
			double py = xy[2 * (first + side) + 1];
			boolean all = true;
			for (int i = 1; i < end && all; i++) {
				int v = cell.edges[i];
				all = (xy[2 * v] == px && xy[2 * v + 1] == py) || (xy[2 * v + 2] == px && xy[2 * v + 3] == py);
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether at most {@value #LEAF_DISTINCT_EDGES} of the cell's edges differ, as along a boundary shared by many
	 * nested areas, where splitting would never get below {@value #LEAF_EDGES} edges.
	 */
	private boolean fewDistinctEdges(Cell cell) {
		int end = cell.start[cell.count];
		int distinct = 0;
		edges: for (int i = 0; i < end; i++) {
			int v = cell.edges[i];
			double ax = xy[2 * v];
			double ay = xy[2 * v + 1];
			double bx = xy[2 * v + 2];
			double by = xy[2 * v + 3];
			for (int j = 0; j < i; j++) {
				int w = cell.edges[j];
				double cx = xy[2 * w];
				double cy = xy[2 * w + 1];
				double dx = xy[2 * w + 2];
				double dy = xy[2 * w + 3];
				if ((ax == cx && ay == cy && bx == dx && by == dy) || (ax == dx && ay == dy && bx == cx && by == cy)) {
					continue edges;
				}
			}
			if (++distinct > LEAF_DISTINCT_EDGES) {
				return false;
			}
		}
		return true;
	}

	private void emitLeaf(int node, Cell cell) {
		int offset = leaves.size;
		leaves.add(cell.full);
		leaves.add((cell.count << 6) | cell.refIndex);
		for (int e = 0; e < cell.count; e++) {
			leaves.add((cell.area[e] << 1) | (cell.inside[e] ? 1 : 0));
			leaves.add(cell.start[e + 1] - cell.start[e]);
			for (int k = cell.start[e]; k < cell.start[e + 1]; k++) {
				leaves.add(cell.edges[k]);
			}
		}
		nodes.data[node] = ~((offset << 1) | 1);
	}

	private static double radicalInverse(int k, int base) {
		double result = 0;
		double f = 1.0 / base;
		while (k > 0) {
			result += f * (k % base);
			k /= base;
			f /= base;
		}
		return result;
	}

	/** The working set of one cell: its boundary entries in rank order, each with its edges and status. */
	private static final class Cell {

		int count;

		final int[] area;

		final boolean[] inside;

		final int[] start;

		final int[] edges;

		int full = -1;

		int refIndex;

		double refX;

		double refY;

		Cell(int capacity, int edgeCapacity) {
			area = new int[capacity];
			inside = new boolean[capacity];
			start = new int[capacity + 1];
			edges = new int[edgeCapacity];
		}
	}

	private static final class IntBuffer {

		int[] data = new int[1024];

		int size;

		void add(int value) {
			if (size == data.length) {
				data = Arrays.copyOf(data, 2 * size);
			}
			data[size++] = value;
		}

		int[] toArray() {
			return Arrays.copyOf(data, size);
		}
	}
}
