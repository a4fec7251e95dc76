package org.onegrid.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A steady intake and accept load on the REST API, as the hotline and the command centre make it: several client
 * threads each report a case and accept it, again and again. It remembers every write the server acknowledged (201
 * for a report, 200 for an accept), so that afterwards one can count how many of them are really there.
 */
final class IntakeLoad {

	/**
	 * A request slower than this counts as slow: a client would have given up or a person waited too long. It leaves
	 * room above the 3 s a request may wait for a database connection before it is answered 503.
	 */
	static final Duration SLOW = Duration.ofSeconds(5);

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String token;

	/** Acknowledged cases: id to whether its accept was acknowledged too. */
	final Map<Long, Boolean> acknowledged = new ConcurrentHashMap<>();

	/** Answers 500 and above, but for 503: the database-unavailable answer, which a client may retry. */
	final AtomicInteger serverErrors = new AtomicInteger();

	/** Answers 503 (database unavailable, with Retry-After). */
	final AtomicInteger unavailable = new AtomicInteger();

	final AtomicInteger slow = new AtomicInteger();

	final AtomicInteger failedConnections = new AtomicInteger();

	private volatile String baseUrl;

	private volatile boolean running;

	private final List<Thread> threads = new ArrayList<>();

	private IntakeLoad(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	/**
	 * Signs in as the administrator, takes an API token and makes sure a grid exists where the load reports.
	 */
	static IntakeLoad against(OneGridProcess onegrid) throws IOException, InterruptedException {
		var cookies = new CookieManager();
		var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = onegrid.baseUrl();
		browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")).build(),
				HttpResponse.BodyHandlers.discarding());
		call(browser, base + "/api/v1/auth/login", xsrf(cookies), """
				{"username":"admin","password":"%s"}""".formatted(OneGridProcess.ADMIN_PASSWORD), 200);
		var issued = call(browser, base + "/api/v1/auth/tokens", xsrf(cookies), """
				{"name":"faults","days":1}""", 200);
		var secret = SECRET.matcher(issued);
		if (!secret.find()) {
			throw new IllegalStateException("No token secret in " + issued);
		}
		var load = new IntakeLoad(base, secret.group(1));
		load.post("/api/v1/layers", """
				{"code":"faults","name":"故障演练","kind":"ops","levelNames":["区"],"codeRule":"FREE"}""");
		load.post("/api/v1/layers/faults/import", """
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"code":"F1","name":"演练区","level":"区"},
				 "geometry":{"type":"Polygon","coordinates":[[[10,10],[11,10],[11,11],[10,11],[10,10]]]}}]}""");
		return load;
	}

	/** Starts {@code threads} clients reporting and accepting until {@link #stop()}. */
	void start(int clients) {
		running = true;
		for (int i = 0; i < clients; i++) {
			int client = i;
			var thread = new Thread(() -> run(client), "intake-" + i);
			threads.add(thread);
			thread.start();
		}
	}

	void stop() throws InterruptedException {
		running = false;
		for (Thread thread : threads) {
			thread.join(30_000);
		}
		threads.clear();
	}

	/** Points the load's later calls at another process (the same database). */
	void retarget(OneGridProcess onegrid) {
		this.baseUrl = onegrid.baseUrl();
	}

	/** How many writes (reports and accepts) the server acknowledged. */
	int acknowledgedWrites() {
		return Map.copyOf(acknowledged).values().stream().mapToInt(accepted -> accepted ? 2 : 1).sum();
	}

	/** How many acknowledged writes (reports and accepts) the server answers for now. */
	Count count() throws IOException, InterruptedException {
		int writes = 0;
		int found = 0;
		for (var entry : Map.copyOf(acknowledged).entrySet()) {
			writes += entry.getValue() ? 2 : 1;
			var response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/cases/" + entry.getKey()))
				.header("Authorization", "Bearer " + token)
				.timeout(Duration.ofSeconds(10))
				.build());
			if (response.statusCode() == 200) {
				found += 1;
				if (entry.getValue() && response.body().contains("\"action\":\"accept\"")) {
					found += 1;
				}
			}
		}
		return new Count(writes, found);
	}

	record Count(int acknowledged, int found) {

		int lost() {
			return acknowledged - found;
		}
	}

	private void run(int client) {
		long n = 0;
		while (running) {
			String requestId = "faults-" + client + "-" + System.nanoTime() + "-" + n++;
			try {
				var report = timed(post("/api/v1/cases", """
						{"requestId":"%s","channel":"PATROL","kind":"COMPONENT","minorCode":"0201",
						 "description":"fault drill","lon":10.5,"lat":10.5}""".formatted(requestId)));
				if (report.statusCode() != 201) {
					pause();
					continue;
				}
				var id = ID.matcher(report.body());
				if (!id.find()) {
					continue;
				}
				long caseId = Long.parseLong(id.group(1));
				acknowledged.put(caseId, false);
				var accept = timed(post("/api/v1/cases/" + caseId + "/actions/accept", "{}"));
				if (accept.statusCode() == 200) {
					acknowledged.put(caseId, true);
				}
			}
			catch (IOException e) {
				failedConnections.incrementAndGet();
				pause();
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	private Timed post(String path, String json) throws IOException, InterruptedException {
		long started = System.nanoTime();
		var response = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
		return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
	}

	private record Timed(HttpResponse<String> response, Duration took) {
	}

	private HttpResponse<String> timed(Timed call) {
		if (call.took().compareTo(SLOW) > 0) {
			slow.incrementAndGet();
		}
		if (call.response().statusCode() == 503) {
			unavailable.incrementAndGet();
		}
		else if (call.response().statusCode() >= 500) {
			serverErrors.incrementAndGet();
		}
		return call.response();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String xsrf(CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private static String call(HttpClient client, String url, String xsrf, String json, int expected)
			throws IOException, InterruptedException {
		var response = client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}
}
