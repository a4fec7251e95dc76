package org.onegrid.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Polygon;
import org.onegrid.grid.internal.PolygonIndex;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole comparison and prints one table: build time and heap of the index, JMH throughput of
 * {@link PolygonIndex#locate} and of the JTS baseline on one thread and on all cores, and the PostGIS baseline.
 * <p>
 * JMH runs are deliberately short so that the whole run fits in a few minutes on two cores: one fork per benchmark
 * and thread count, 2 warm-up iterations of 3 s, 5 measured iterations of 2 s.
 * <p>
 * Options: {@code --no-postgis} skips PostGIS; {@code --jdbc URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/onegrid_bench?user=postgres}) names the scratch database, which is created
 * if missing through the server's {@code postgres} database.
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		boolean postgis = true;
		String jdbc = "jdbc:postgresql://127.0.0.1:5432/onegrid_bench?user=postgres";
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--no-postgis" -> postgis = false;
				case "--jdbc" -> jdbc = args[++i];
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		int cores = Runtime.getRuntime().availableProcessors();
		String loadAtStart = loadAverage();
		Map<String, String> table = new LinkedHashMap<>();

		List<Polygon> cells = BenchData.cells();
		long vertices = cells.stream().mapToLong(Polygon::getNumPoints).sum();
		table.put("polygons", String.format(Locale.ROOT, "%,d (%,d vertices, %.1f per polygon)", cells.size(),
				vertices, (double) vertices / cells.size()));

		long before = usedHeapAfterGc();
		PolygonIndex index = null;
		long bestNanos = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			index = null;
			usedHeapAfterGc();
			long start = System.nanoTime();
			index = PolygonIndex.build(cells, new int[cells.size()]);
			bestNanos = Math.min(bestNanos, System.nanoTime() - start);
		}
		long after = usedHeapAfterGc();
		table.put("index build time (best of 3)", String.format(Locale.ROOT, "%.2f s", bestNanos / 1e9));
		table.put("index heap (used after GC, delta)", mib(after - before));
		table.put("index estimatedBytes()", mib(index.estimatedBytes()));

		LocateBenchmark.JtsState jts = new LocateBenchmark.JtsState();
		jts.setUp();
		double[] check = BenchData.points(200_000, 7);
		int mismatches = 0;
		for (int i = 0; i < check.length; i += 2) {
			if (index.locate(check[i], check[i + 1]) != jts.locate(check[i], check[i + 1])) {
				mismatches++;
			}
		}
		table.put("index vs JTS disagreements", String.format(Locale.ROOT, "%d of %,d points", mismatches,
				check.length / 2));
		jts = null;

		Map<String, Double> score = new LinkedHashMap<>();
		Map<String, Double> error = new LinkedHashMap<>();
		for (int threads : new int[] { 1, cores }) {
			for (RunResult result : jmh(threads)) {
				String name = result.getParams().getBenchmark();
				String key = name.substring(name.lastIndexOf('.') + 1) + "@" + threads;
				score.put(key, result.getPrimaryResult().getScore());
				error.put(key, result.getPrimaryResult().getScoreError());
			}
		}
		double index1 = score.get("polygonIndex@1");
		double indexN = score.get("polygonIndex@" + cores);
		double jts1 = score.get("jtsStrtreePrepared@1");
		double jtsN = score.get("jtsStrtreePrepared@" + cores);
		table.put("PolygonIndex, 1 thread", rate(index1) + interval(error.get("polygonIndex@1")));
		table.put("PolygonIndex, " + cores + " threads", rate(indexN) + interval(error.get("polygonIndex@" + cores))
				+ ", " + rate(indexN / cores) + " per core");
		table.put("JTS STRtree+PreparedGeometry, 1 thread", rate(jts1) + interval(error.get("jtsStrtreePrepared@1")));
		table.put("JTS STRtree+PreparedGeometry, " + cores + " threads",
				rate(jtsN) + interval(error.get("jtsStrtreePrepared@" + cores)));
		table.put("ratio PolygonIndex / JTS, 1 thread", ratio(index1 / jts1));
		table.put("ratio PolygonIndex / JTS, " + cores + " threads", ratio(indexN / jtsN));

		if (postgis) {
			PostgisBaseline pg = new PostgisBaseline(jdbc);
			pg.load(cells);
			PostgisBaseline.Result batched1 = pg.batched(1, 60_000, index);
			PostgisBaseline.Result batchedN = pg.batched(cores, 60_000, index);
			PostgisBaseline.Result single = pg.perQuery(3_000);
			table.put("PostGIS load + GiST index", String.format(Locale.ROOT, "%.1f s", pg.loadSeconds()));
			table.put("PostGIS ST_Covers, batched, 1 connection", rate(batched1.rate())
					+ String.format(Locale.ROOT, "  (%d disagreements with the index)", batched1.mismatches()));
			table.put("PostGIS ST_Covers, batched, " + cores + " connections", rate(batchedN.rate())
					+ String.format(Locale.ROOT, "  (%d disagreements with the index)", batchedN.mismatches()));
			table.put("PostGIS ST_Covers, one query per point, 1 connection", rate(single.rate()));
			table.put("ratio PolygonIndex / PostGIS batched, 1 thread", ratio(index1 / batched1.rate()));
			table.put("ratio PolygonIndex / PostGIS batched, " + cores + " threads", ratio(indexN / batchedN.rate()));
			table.put("ratio PolygonIndex / PostGIS per query, 1 thread", ratio(index1 / single.rate()));
		}

		table.put("load average at start / end", loadAtStart + " / " + loadAverage());
		System.out.println();
		System.out.println("==== OneGrid point location benchmark (" + cores + " cores, "
				+ System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ") ====");
		int width = table.keySet().stream().mapToInt(String::length).max().orElse(10);
		for (Map.Entry<String, String> row : table.entrySet()) {
			System.out.printf(Locale.ROOT, "%-" + width + "s  %s%n", row.getKey(), row.getValue().strip());
		}
	}

	private static Collection<RunResult> jmh(int threads) throws RunnerException {
		Options options = new OptionsBuilder().include(LocateBenchmark.class.getName() + "\\.")
			.forks(1)
			.threads(threads)
			.warmupIterations(2)
			.warmupTime(TimeValue.seconds(3))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(2))
			.jvmArgsAppend("-Xms2g", "-Xmx4g")
			.build();
		return new Runner(options).run();
	}

	/** The 1-minute load average, to tell whether something else competed for the cores during the run. */
	private static String loadAverage() {
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static String interval(double error) {
		return Double.isNaN(error) ? "" : String.format(Locale.ROOT, " (99.9%% CI ± %,.0f)", error);
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static String mib(long bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
	}

	private static String rate(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f lookups/s", perSecond);
	}

	private static String ratio(double r) {
		return String.format(Locale.ROOT, "%.1fx", r);
	}
}
