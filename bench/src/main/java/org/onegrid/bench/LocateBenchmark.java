package org.onegrid.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.onegrid.grid.internal.PolygonIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lookups per second of {@link PolygonIndex#locate} and of the plain JTS baseline (an STRtree of prepared
 * geometries, asking {@code covers} of each candidate) over {@link BenchData#cells()}. One operation is one lookup;
 * each invocation does {@value #BATCH} of them over random points private to the thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LocateBenchmark {

	static final int BATCH = 1024;

	static final int POINTS = 1 << 18;

	private static final AtomicLong SEEDS = new AtomicLong(1000);

	@State(Scope.Benchmark)
	public static class IndexState {

		PolygonIndex index;

		@Setup
		public void setUp() {
			List<Polygon> cells = BenchData.cells();
			index = PolygonIndex.build(cells, new int[cells.size()]);
		}
	}

	@State(Scope.Benchmark)
	public static class JtsState {

		STRtree tree;

		@Setup
		public void setUp() {
			List<Polygon> cells = BenchData.cells();
			tree = new STRtree();
			for (int i = 0; i < cells.size(); i++) {
				tree.insert(cells.get(i).getEnvelopeInternal(), new Entry(i, PreparedGeometryFactory.prepare(cells.get(i))));
			}
			tree.build();
		}

		int locate(double x, double y) {
			Point point = BenchData.FACTORY.createPoint(new Coordinate(x, y));
			int best = -1;
			for (Object o : tree.query(new Envelope(x, x, y, y))) {
				Entry entry = (Entry) o;
				if (entry.area.covers(point) && (best < 0 || entry.index < best)) {
					best = entry.index;
				}
			}
			return best;
		}
	}

	record Entry(int index, PreparedGeometry area) {
	}

	@State(Scope.Thread)
	public static class Points {

		double[] xy;

		int next;

		@Setup
		public void setUp() {
			xy = BenchData.points(POINTS, SEEDS.getAndIncrement());
		}

		int start() {
			int at = next;
			next = (next + 2 * BATCH) % xy.length;
			return at;
		}
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public long polygonIndex(IndexState state, Points points) {
		double[] xy = points.xy;
		long sum = 0;
		for (int i = points.start(), end = i + 2 * BATCH; i < end; i += 2) {
			sum += state.index.locate(xy[i], xy[i + 1]);
		}
		return sum;
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public long jtsStrtreePrepared(JtsState state, Points points) {
		double[] xy = points.xy;
		long sum = 0;
		for (int i = points.start(), end = i + 2 * BATCH; i < end; i += 2) {
			sum += state.locate(xy[i], xy[i + 1]);
		}
		return sum;
	}
}
