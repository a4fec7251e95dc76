package org.onegrid.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.onegrid.OneGridApplication;
import org.onegrid.fieldwork.PatrolTracks;
import org.onegrid.fieldwork.TrackUpload;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Track ingest: OneGrid's {@link PatrolTracks#record} (the service layer the REST API calls: validation, dedup,
 * compact hourly rows, latest positions, patrol-day rollup with point location in every layer) against plain
 * PostgreSQL rows, same uploads, same threads, same database, one run. Also storage bytes per point of both.
 * <p>
 * Runs the real application (demo profile, so the 松江区 grids are there to locate points in) on the PostgreSQL
 * named by {@code --jdbc}; the scratch database is created if missing and its schema wiped. Options:
 * {@code --workers 10000 --minutes 20 --batch 6 --threads 4}.
 */
public final class TrackBenchMain {

	private TrackBenchMain() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("jdbc",
				"jdbc:postgresql://127.0.0.1:5432/onegrid_bench_tracks?user=postgres", "workers", "10000", "minutes",
				"20", "batch", "6", "threads", "4"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int workers = Integer.parseInt(options.get("workers"));
		int threads = Integer.parseInt(options.get("threads"));
		String jdbc = options.get("jdbc");
		String load = loadAverage();
		freshDatabase(jdbc);
		var workload = new TrackWorkload(workers, Integer.parseInt(options.get("minutes")),
				Integer.parseInt(options.get("batch")));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OneGridApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("demo")
			.properties("onegrid.db.url=" + jdbc.replaceFirst("\\?.*", ""), "onegrid.db.user=postgres",
					"onegrid.db.pool-size=" + (2 * threads + 2), "spring.main.banner-mode=off",
					"logging.level.root=WARN", "onegrid.fieldwork.compaction-interval=1000d",
					"onegrid.demo.history-months=0")
			.run()) {
			DataSource dataSource = app.getBean(DataSource.class);
			PatrolTracks tracks = app.getBean(PatrolTracks.class);
			long[] ids = TrackStorage.addWorkers(dataSource, workers);
			var baseline = new RowBaseline(dataSource);
			baseline.create();

			Map<String, String> table = new LinkedHashMap<>();
			table.put("workload", String.format(Locale.ROOT, "%,d workers x %,d points (every %d s), %s points per "
					+ "upload, %,d uploads, %d threads", workers, workload.points() / workers,
					TrackWorkload.STEP_SECONDS, options.get("batch"), workload.uploads(), threads));
			double rows = run(workload, threads, dataSource,
					(connection, k) -> baseline.insert(connection, ids[workload.workerIndex(k)], workload.upload(k)));
			double ours = run(workload, threads, dataSource, (connection, k) -> tracks
				.record(ids[workload.workerIndex(k)], new TrackUpload("wgs84", workload.upload(k))));
			table.put("OneGrid PatrolTracks.record", rate(ours));
			table.put("plain rows, INSERT ... ON CONFLICT", rate(rows));
			table.put("ratio ingest OneGrid / rows", String.format(Locale.ROOT, "%.2fx", ours / rows));

			var storage = new TrackStorage(dataSource, workload.points());
			storage.measure("as written (after VACUUM)", table, false);
			long started = System.nanoTime();
			LocalDate day = TrackWorkload.START.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
			int read = 0;
			for (int w = 0; w < workers; w++) {
				read += tracks.day(ids[w], day).points().size()
						+ tracks.day(ids[w], day.plusDays(1)).points().size();
			}
			table.put("read every worker's day (compacting)", String.format(Locale.ROOT, "%,d points in %.1f s, "
					+ "%.2f ms per worker", read, (System.nanoTime() - started) / 1e9,
					(System.nanoTime() - started) / 1e6 / workers));
			storage.measure("compacted (after VACUUM FULL)", table, true);
			table.put("load average at start / end", load + " / " + loadAverage());
			print(table);
		}
	}

	interface Upload {

		void send(Connection connection, int k) throws Exception;
	}

	/** Points per second over all uploads but each worker's first, which warm up. */
	private static double run(TrackWorkload workload, int threads, DataSource dataSource, Upload upload)
			throws Exception {
		int warm = Math.min(workload.workers(), workload.uploads() / 10);
		AtomicInteger next = new AtomicInteger();
		Exception[] failure = new Exception[1];
		long[] start = new long[1];
		Thread[] pool = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			pool[t] = new Thread(() -> {
				try (Connection connection = dataSource.getConnection()) {
					for (int k = next.getAndIncrement(); k < workload.uploads(); k = next.getAndIncrement()) {
						if (k == warm) {
							start[0] = System.nanoTime();
						}
						upload.send(connection, k);
					}
				}
				catch (Exception e) {
					failure[0] = e;
				}
			});
			pool[t].start();
		}
		for (Thread thread : pool) {
			thread.join();
		}
		if (failure[0] != null) {
			throw failure[0];
		}
		double points = (double) workload.points() * (workload.uploads() - warm) / workload.uploads();
		return points / ((System.nanoTime() - start[0]) / 1e9);
	}

	private static void freshDatabase(String jdbc) throws SQLException {
		String database = jdbc.replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("\\?.*$", "");
		String admin = jdbc.replaceFirst("(^jdbc:postgresql://[^/]+/)[^?]*", "$1postgres");
		try (Connection connection = DriverManager.getConnection(admin);
				Statement statement = connection.createStatement();
				ResultSet exists = statement.executeQuery(
						"SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
			if (!exists.next()) {
				statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
			}
		}
		try (Connection connection = DriverManager.getConnection(jdbc);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA public CASCADE");
			statement.execute("CREATE SCHEMA public");
		}
	}

	private static void print(Map<String, String> table) {
		System.out.println();
		System.out.println("==== OneGrid track ingest benchmark (" + Runtime.getRuntime().availableProcessors()
				+ " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ") ====");
		int width = table.keySet().stream().mapToInt(String::length).max().orElse(10);
		table.forEach((key, value) -> System.out.printf(Locale.ROOT, "%-" + width + "s  %s%n", key, value));
	}

	private static String rate(double pointsPerSecond) {
		return String.format(Locale.ROOT, "%,.0f points/s", pointsPerSecond);
	}

	private static String loadAverage() {
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}
}
