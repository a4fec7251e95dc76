package org.onegrid.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.onegrid.OneGridApplication;
import org.onegrid.cases.Intake;
import org.onegrid.cases.Lifecycle;
import org.onegrid.grid.GridImport;
import org.onegrid.grid.GridLayers;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Full case lifecycles per second, OneGrid against Flowable 7, in one JVM and one run: intake plus the seven steps
 * (see {@link Flow}) on each engine, for each client-thread count, OneGrid first, then Flowable, so that both see the
 * same machine. OneGrid runs as the product's whole application context (no web server) on a fresh database
 * {@code onegrid_bench}; Flowable on a fresh {@code flowable_bench} on the same server, with a connection pool of
 * the product's default size (10). Then a per-step profile of round trips on one thread, and the server's own
 * transaction and row counters as a cross-check.
 * <p>
 * Options: {@code --server HOST:PORT} (127.0.0.1:5432), {@code --threads 1,4,8,16,64}, {@code --warmup 20} and
 * {@code --seconds 15} per measurement, {@code --profile 200} lifecycles for the step profile, {@code --only OneGrid}
 * (or {@code Flowable}) to measure one engine alone, without ratios, while working on it.
 */
public final class LifecycleBench {

	private static final int POOL_SIZE = 10;

	private LifecycleBench() {
	}

	public static void main(String[] args) throws Exception {
		String server = "127.0.0.1:5432";
		int[] threads = { 1, 4, 8, 16, 64 };
		double warmup = 20, seconds = 15;
		int profile = 200;
		String only = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--server" -> server = args[++i];
				case "--threads" -> threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
				case "--warmup" -> warmup = Double.parseDouble(args[++i]);
				case "--seconds" -> seconds = Double.parseDouble(args[++i]);
				case "--profile" -> profile = Integer.parseInt(args[++i]);
				case "--only" -> only = args[++i].toLowerCase(Locale.ROOT);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (only != null && !only.equals("onegrid") && !only.equals("flowable")) {
			throw new IllegalArgumentException("--only takes OneGrid or Flowable, not " + only);
		}
		Databases databases = new Databases(server, "postgres");
		databases.recreate("onegrid_bench");
		databases.recreate("flowable_bench");
		String runId = Long.toString(System.currentTimeMillis(), 36);
		String loadAtStart = loadAverage();

		RoundTrips oneGridTrips = new RoundTrips();
		ConfigurableApplicationContext context = startOneGrid(databases.url("onegrid_bench"), oneGridTrips);
		BenchGrid.importInto(context.getBean(GridLayers.class), context.getBean(GridImport.class));
		Flow oneGrid = new OneGridFlow(context.getBean(Intake.class), context.getBean(Lifecycle.class),
				BenchStaff.hire(context), oneGridTrips, "onegrid_bench");
		RoundTrips flowableTrips = new RoundTrips();
		HikariDataSource flowablePool = databases.pool("flowable_bench", POOL_SIZE);
		FlowableFlow flowable = new FlowableFlow(flowableTrips.wrap(flowablePool), flowableTrips, "flowable_bench");

		long[] oneGridCounters = databases.counters("onegrid_bench");
		long[] flowableCounters = databases.counters("flowable_bench");
		List<ClosedLoop.Result[]> results = new ArrayList<>();
		if (only != null) {
			Flow alone = only.equals("flowable") ? flowable : oneGrid;
			for (int t : threads) {
				System.out.println(row(ClosedLoop.run(alone, databases, runId, t, warmup, seconds)));
			}
			StepProfile steps = new StepProfile(alone).run(runId, profile);
			System.out.print(steps.table());
			System.out.print(steps.statements());
			flowable.close();
			flowablePool.close();
			context.close();
			return;
		}
		for (int t : threads) {
			ClosedLoop.Result a = ClosedLoop.run(oneGrid, databases, runId, t, warmup, seconds);
			System.out.println(row(a));
			ClosedLoop.Result b = ClosedLoop.run(flowable, databases, runId, t, warmup, seconds);
			System.out.println(row(b));
			results.add(new ClosedLoop.Result[] { a, b });
		}
		StepProfile oneGridSteps = new StepProfile(oneGrid).run(runId, profile);
		StepProfile flowableSteps = new StepProfile(flowable).run(runId, profile);

		System.out.println();
		System.out.printf(Locale.ROOT, "Case lifecycle: intake + 7 steps; %d cores, %s, load average %s at start, "
				+ "%s at end; %.0f s warm-up + %.0f s measured per row; pools of %d connections%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
						+ System.getProperty("java.version"), loadAtStart, loadAverage(), warmup, seconds, POOL_SIZE);
		System.out.println(header());
		for (ClosedLoop.Result[] pair : results) {
			System.out.println(row(pair[0]));
			System.out.println(row(pair[1]));
			System.out.printf(Locale.ROOT, "  -> %d threads: OneGrid/Flowable = %.2fx%n", pair[0].threads(),
					pair[0].perSecond() / pair[1].perSecond());
		}
		System.out.println();
		System.out.println("Per step, one thread, " + profile + " lifecycles (means per lifecycle)");
		System.out.println("OneGrid:");
		System.out.print(oneGridSteps.table());
		System.out.println("Flowable:");
		System.out.print(flowableSteps.table());
		System.out.println();
		System.out.println("Statements per lifecycle, OneGrid:");
		System.out.print(oneGridSteps.statements());
		System.out.println("Statements per lifecycle, Flowable:");
		System.out.print(flowableSteps.statements());

		Thread.sleep(11_000); // the server publishes an idle backend's counters within 10 s
		System.out.println();
		System.out.println("Server counters (pg_stat_database) per lifecycle, over every lifecycle of the run:");
		System.out.println(counters("OneGrid", oneGridCounters, databases.counters("onegrid_bench"),
				casesIn(databases, "onegrid_bench", "SELECT count(*) FROM cases")));
		System.out.println(counters("Flowable", flowableCounters, databases.counters("flowable_bench"),
				casesIn(databases, "flowable_bench", "SELECT count(*) FROM act_hi_procinst")));

		flowable.close();
		flowablePool.close();
		context.close();
	}

	/**
	 * The product's application context on {@code url}, its data source counted by {@code trips}. The database is
	 * named on the command line, as {@code application.yml} would otherwise override it with an empty
	 * {@code ONEGRID_DB_URL} and start the embedded server.
	 */
	private static ConfigurableApplicationContext startOneGrid(String url, RoundTrips trips) {
		return new SpringApplicationBuilder(OneGridApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof HikariDataSource pool ? trips.wrap(pool) : bean;
				}
			}))
			.run("--onegrid.db.url=" + url, "--onegrid.db.user=postgres",
					"--onegrid.access.admin-password=" + BenchLogin.PASSWORD);
	}

	private static long casesIn(Databases databases, String database, String sql) throws Exception {
		try (HikariDataSource pool = databases.pool(database, 1);
				var connection = pool.getConnection();
				var rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String counters(String flow, long[] before, long[] after, long lifecycles) {
		return String.format(Locale.ROOT, "%-9s %,d lifecycles: %.1f commits, %.1f rows inserted, %.1f updated, "
				+ "%.1f deleted", flow, lifecycles, (after[0] - before[0]) / (double) lifecycles,
				(after[1] - before[1]) / (double) lifecycles, (after[2] - before[2]) / (double) lifecycles,
				(after[3] - before[3]) / (double) lifecycles);
	}

	private static String header() {
		return String.format(Locale.ROOT, "%-9s %7s %13s %10s %14s %13s %12s %7s", "engine", "threads",
				"lifecycles/s", "lifecycles", "JVM CPU ms/lc", "PG CPU ms/lc", "round trips", "errors");
	}

	private static String row(ClosedLoop.Result r) {
		String line = String.format(Locale.ROOT, "%-9s %7d %13.1f %10d %14.2f %13.2f %12.1f %7d", r.flow(),
				r.threads(), r.perSecond(), r.lifecycles(), r.jvmCpuMillisEach(), r.dbCpuMillisEach(),
				r.roundTripsEach(), r.errors());
		return r.firstError() == null ? line : line + "  first error: " + r.firstError();
	}

	static String loadAverage() {
		return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}
}
