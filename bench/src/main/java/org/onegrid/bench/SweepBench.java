package org.onegrid.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.zaxxer.hikari.HikariDataSource;
import org.onegrid.OneGridApplication;
import org.onegrid.access.Grant;
import org.onegrid.cases.Intake;
import org.onegrid.cases.LightSweep;
import org.onegrid.cases.NewCase;
import org.onegrid.grid.GridImport;
import org.onegrid.grid.GridLayers;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A burst of lights: {@code --cases} (100,000) open cases whose lights all fall due at one instant, turned by one
 * pass of OneGrid's light sweep (each light, its timeline entry, its version and one batched alert event per batch,
 * then the alerts routed and stored by the listener), against a baseline that only flips the same rows' light
 * column with one bare {@code UPDATE}. Rounds alternate A, B, A, B on the same rows, at the same pool size.
 * <p>
 * Options: {@code --server HOST:PORT}, {@code --cases 100000}, {@code --rounds 3}.
 */
public final class SweepBench {

	private static final String DUE = "UPDATE cases SET light = 'GREEN', next_light_at = now() - interval '1 second'";

	private SweepBench() {
	}

	public static void main(String[] args) throws Exception {
		String server = "127.0.0.1:5432";
		int cases = 100_000;
		int rounds = 3;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--server" -> server = args[++i];
				case "--cases" -> cases = Integer.parseInt(args[++i]);
				case "--rounds" -> rounds = Integer.parseInt(args[++i]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		Databases databases = new Databases(server, "postgres");
		databases.recreate("onegrid_bench");
		String loadAtStart = LifecycleBench.loadAverage();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(OneGridApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run("--onegrid.db.url=" + databases.url("onegrid_bench"), "--onegrid.db.user=postgres",
					"--onegrid.access.admin-password=" + BenchLogin.PASSWORD, "--onegrid.cases.sweep-interval=1d");
		BenchGrid.importInto(context.getBean(GridLayers.class), context.getBean(GridImport.class));
		long started = System.nanoTime();
		report(context.getBean(Intake.class), cases);
		System.out.printf(Locale.ROOT, "%d cases reported in %.1f s%n", cases, (System.nanoTime() - started) / 1e9);
		LightSweep sweep = context.getBean(LightSweep.class);
		try (HikariDataSource pool = databases.pool("onegrid_bench", 2); Connection sql = pool.getConnection()) {
			List<double[]> results = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				execute(sql, DUE);
				long a0 = System.nanoTime();
				int turned = sweep.sweep();
				double a = (System.nanoTime() - a0) / 1e9;
				double alerts = untilDelivered(sql, a0);
				execute(sql, DUE);
				long b0 = System.nanoTime();
				int flipped = execute(sql, "UPDATE cases SET light = 'YELLOW', next_light_at = deadline "
						+ "WHERE next_light_at <= now()");
				double b = (System.nanoTime() - b0) / 1e9;
				System.out.printf(Locale.ROOT, "round %d: sweep %d lights in %.2f s (alerts stored after %.2f s); "
						+ "bare UPDATE %d rows in %.2f s; ratio %.1fx%n", round, turned, a, alerts, flipped, b, a / b);
				results.add(new double[] { a, alerts, b });
			}
			System.out.printf(Locale.ROOT, "%d cores, load average %s at start, %s at end; medians: sweep %.2f s, "
					+ "alerts %.2f s, bare UPDATE %.2f s%n", Runtime.getRuntime().availableProcessors(), loadAtStart,
					LifecycleBench.loadAverage(), median(results, 0), median(results, 1), median(results, 2));
		}
		context.close();
	}

	private static void report(Intake intake, int cases) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		Grant bench = Grant.system("bench");
		for (int t = 0; t < 4; t++) {
			int share = cases / 4 + (t < cases % 4 ? 1 : 0);
			done.add(threads.submit(() -> {
				for (int i = 0; i < share; i++) {
					double[] point = BenchGrid.randomPoint(ThreadLocalRandom.current());
					intake.report(new NewCase(null, "PATROL", null, null, "worker-1", "COMPONENT", "0201", null, null,
							null, "路面坑槽 / Pothole", null, point[0], point[1], null, null, null), bench);
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		threads.shutdown();
	}

	/** Seconds from {@code start} until every event publication of the pass is completed. */
	private static double untilDelivered(Connection sql, long start) throws Exception {
		while (true) {
			try (Statement s = sql.createStatement();
					ResultSet rs = s.executeQuery("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")) {
				rs.next();
				if (rs.getLong(1) == 0) {
					return (System.nanoTime() - start) / 1e9;
				}
			}
			Thread.sleep(20);
		}
	}

	private static int execute(Connection sql, String statement) throws Exception {
		try (Statement s = sql.createStatement()) {
			return s.executeUpdate(statement);
		}
	}

	private static double median(List<double[]> results, int column) {
		return results.stream().mapToDouble(r -> r[column]).sorted().toArray()[results.size() / 2];
	}
}
