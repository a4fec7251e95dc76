package org.onegrid.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;

/**
 * HTTP intake under open-model load: {@code POST /api/v1/cases} with patrol reports (unique request ids, random
 * points in the micro-grid of {@link BenchGrid}) at fixed arrival rates, against a running OneGrid, and as the
 * same-run baseline {@code GET /actuator/health} (the same server, HTTP stack and a database check) at the same
 * rates. After the fixed rates, unless intake saturated already, the rate keeps rising until it does: fewer than 90% of the offered
 * requests per second answered, a p99 over one second, or any error.
 * <p>
 * Options: {@code --base URL} (http://127.0.0.1:18080), {@code --rates 100,300,1000},
 * {@code --beyond 1500,2000,3000,4000} (tried in order until saturation; {@code none} for only the fixed rates),
 * {@code --seconds 10} per rate, {@code --warmup 10}; {@code --setup-only} signs in
 * and imports the grid, then stops (for {@code run.sh intake --restart}, which then restarts the server on it).
 */
public final class IntakeBench {

	private IntakeBench() {
	}

	public static void main(String[] args) throws Exception {
		String base = "http://127.0.0.1:18080";
		double[] rates = { 100, 300, 1000 };
		double[] beyond = { 1500, 2000, 3000, 4000 };
		double seconds = 10, warmup = 10;
		boolean setupOnly = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--base" -> base = args[++i];
				case "--rates" -> rates = numbers(args[++i]);
				case "--beyond" -> beyond = numbers(args[++i]);
				case "--seconds" -> seconds = Double.parseDouble(args[++i]);
				case "--warmup" -> warmup = Double.parseDouble(args[++i]);
				case "--setup-only" -> setupOnly = true;
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		ExecutorService answers = Executors.newFixedThreadPool(2);
		HttpClient client = signedIn(base, answers);
		if (setupOnly) {
			answers.shutdownNow();
			return;
		}
		String runId = Long.toString(System.currentTimeMillis(), 36);
		String intakeUrl = base + "/api/v1/cases";
		LongFunction<HttpRequest> intake = reports(base, runId);
		HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
			.timeout(Duration.ofSeconds(30))
			.build();
		String loadAtStart = loadAverage();

		OpenLoad.run(client, "warm-up", 300, warmup, n -> post(intakeUrl, report(runId + "-warmup-" + n,
				BenchGrid.randomPoint(new Random(n)))), 201);
		OpenLoad.run(client, "warm-up", 300, warmup / 2, n -> health, 200);
		List<OpenLoad.Result[]> results = new ArrayList<>();
		long offset = 0;
		for (double rate : rates) {
			results.add(pair(client, rate, seconds, health, intake, offset));
			offset += (long) (rate * seconds);
		}
		for (double rate : results.get(results.size() - 1)[1].saturated() ? new double[0] : beyond) {
			OpenLoad.Result[] pair = pair(client, rate, seconds, health, intake, offset);
			offset += (long) (rate * seconds);
			results.add(pair);
			if (pair[1].saturated()) {
				break;
			}
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "HTTP intake, open model; %d cores, load average %s at start, %s at end; "
				+ "%.0f s per rate%n", Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(), seconds);
		System.out.printf(Locale.ROOT, "%-16s %8s %9s %8s %7s %9s %9s %9s%n", "endpoint", "offered", "achieved",
				"ok", "errors", "p50 ms", "p99 ms", "max ms");
		for (OpenLoad.Result[] pair : results) {
			System.out.println(row(pair[0]));
			System.out.println(row(pair[1]));
			System.out.printf(Locale.ROOT, "  -> at %.0f/s: intake p50 %.1fx, p99 %.1fx health's%s%n",
					pair[1].offered(), pair[1].p50Millis() / pair[0].p50Millis(),
					pair[1].p99Millis() / pair[0].p99Millis(), pair[1].saturated() ? "; intake saturated" : "");
		}
		System.out.printf(Locale.ROOT, "Most intake answered: %.1f/s; most health answered: %.1f/s%n",
				results.stream().mapToDouble(pair -> pair[1].achieved()).max().orElse(0),
				results.stream().mapToDouble(pair -> pair[0].achieved()).max().orElse(0));
		answers.shutdownNow();
	}

	private static OpenLoad.Result[] pair(HttpClient client, double rate, double seconds, HttpRequest health,
			LongFunction<HttpRequest> intake, long offset) throws InterruptedException {
		OpenLoad.Result baseline = OpenLoad.run(client, "GET health", rate, seconds, n -> health, 200);
		System.out.println(row(baseline));
		Thread.sleep(1000);
		OpenLoad.Result cases = OpenLoad.run(client, "POST cases", rate, seconds, n -> intake.apply(offset + n), 201);
		System.out.println(row(cases));
		Thread.sleep(1000);
		return new OpenLoad.Result[] { baseline, cases };
	}

	/**
	 * Patrol reports at random points of the bench grid's micro-grid, the {@code n}th with the request id
	 * {@code <runId>-<n>}; the points follow a fixed seed, whichever thread asks.
	 */
	static LongFunction<HttpRequest> reports(String base, String runId) {
		Random random = new Random(42);
		String intakeUrl = base + "/api/v1/cases";
		return n -> {
			double[] point;
			synchronized (random) {
				point = BenchGrid.randomPoint(random);
			}
			return post(intakeUrl, report(runId + "-" + n, point));
		};
	}

	/**
	 * A client whose answers are read on {@code answers}, the grid imported and its worker hired by the bench's admin,
	 * then signed in as that grid worker ({@link FieldWorker}): reports are sent as the people who send them in a
	 * district, whose grant has roles and a grid, not as the administrator, who sees everything.
	 */
	static HttpClient signedIn(String base, ExecutorService answers) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(answers)
			.build();
		bearer = "Bearer " + BenchLogin.token(base);
		importGrid(client, base);
		FieldWorker.hire(client, base);
		bearer = "Bearer " + BenchLogin.token(base, FieldWorker.USERNAME);
		return client;
	}

	/** Creates the layer {@code ops} and imports its grids through the REST API, unless it is there. */
	static void importGrid(HttpClient client, String base) throws Exception {
		HttpResponse<String> layer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/layers/ops"))
			.header("Authorization", bearer)
			.build(),
				HttpResponse.BodyHandlers.ofString());
		if (layer.statusCode() == 200) {
			return;
		}
		check(client.send(post(base + "/api/v1/layers", BenchGrid.LAYER), HttpResponse.BodyHandlers.ofString()));
		check(client.send(post(base + "/api/v1/layers/ops/import", BenchGrid.FEATURES),
				HttpResponse.BodyHandlers.ofString()));
	}

	private static void check(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " "
					+ response.body());
		}
	}

	/** The API token every call but the health baseline carries. */
	static volatile String bearer;

	static String report(String requestId, double[] point) {
		return String.format(Locale.ROOT, "{\"requestId\":\"%s\",\"channel\":\"PATROL\",\"reportedBy\":\"worker-1\","
				+ "\"kind\":\"COMPONENT\",\"minorCode\":\"0201\",\"description\":\"路面坑槽 / Pothole\","
				+ "\"lon\":%.6f,\"lat\":%.6f}", requestId, point[0], point[1]);
	}

	static HttpRequest post(String url, String json) {
		return withBody(url, "POST", json);
	}

	static HttpRequest put(String url, String json) {
		return withBody(url, "PUT", json);
	}

	private static HttpRequest withBody(String url, String method, String json) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", bearer)
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	static String row(OpenLoad.Result r) {
		return String.format(Locale.ROOT, "%-16s %8.0f %9.1f %8d %7d %9.2f %9.2f %9.1f%s", r.target(), r.offered(),
				r.achieved(), r.ok(), r.errors(), r.p50Millis(), r.p99Millis(), r.maxMillis(),
				r.firstError() == null ? "" : "  first error: " + r.firstError());
	}

	/** Comma-separated rates; {@code none} for no rates, such as no rates beyond the ones asked for. */
	static double[] numbers(String list) {
		return list.equals("none") ? new double[0]
				: Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
	}

	static String loadAverage() {
		return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}
}
