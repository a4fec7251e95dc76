package org.onegrid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The command centre's big screen as a shift leader of the district's centre has it open: an account made through
 * the REST API (a unit bound to the district's grid D9 of {@link BenchGrid}, a person, the role {@code shift-leader}),
 * so the feed filters each line by a real grant and not the administrator's, and a reader of the live feed
 * ({@code GET /api/v1/dashboard/feed}, Server-Sent Events) that notes when each reported case's line arrives.
 */
final class ScreenWatcher implements AutoCloseable {

	static final String USERNAME = "bench-shift-leader";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern REPORTED = Pattern.compile("\"kind\"\\s*:\\s*\"REPORTED\".*\"caseId\"\\s*:\\s*(\\d+)");

	/** When each case's line arrived, by case id, in {@link System#nanoTime()}. */
	final Map<Long, Long> seen = new ConcurrentHashMap<>();

	private final CountDownLatch hello = new CountDownLatch(1);

	private final Thread reader;

	private volatile Stream<String> lines;

	/** Opens the feed as the shift leader and waits for its first event. */
	ScreenWatcher(HttpClient client, String base, String bearer) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/dashboard/feed"))
			.header("Authorization", bearer)
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("feed: " + response.statusCode());
		}
		lines = response.body();
		reader = new Thread(this::read, "screen");
		reader.setDaemon(true);
		reader.start();
		if (!hello.await(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the feed said nothing for 10 s");
		}
	}

	private void read() {
		try {
			lines.forEach(line -> {
				long now = System.nanoTime();
				if (line.startsWith("event:hello") || line.startsWith("event: hello")) {
					hello.countDown();
				}
				if (line.startsWith("data:")) {
					Matcher reported = REPORTED.matcher(line);
					if (reported.find()) {
						seen.putIfAbsent(Long.parseLong(reported.group(1)), now);
					}
				}
			});
		}
		catch (RuntimeException closed) {
			// the stream ends when the benchmark closes it
		}
	}

	@Override
	public void close() {
		lines.close();
		reader.interrupt();
	}

	/** Makes the shift leader unless their account is there already; the grid must have been imported. */
	static void hire(HttpClient client, String base) throws Exception {
		String accounts = FieldWorker.send(client, FieldWorker.get(base + "/api/v1/accounts?size=200&text=" + USERNAME));
		if (accounts.contains("\"" + USERNAME + "\"")) {
			return;
		}
		FieldWorker.send(client, IntakeBench.put(base + "/api/v1/units/bench-centre", "{\"name\":\"区城运中心\","
				+ "\"kind\":\"DISTRICT\",\"parentCode\":null,\"layerCode\":\"ops\",\"gridCode\":\"D9\"}"));
		String person = FieldWorker.send(client, IntakeBench.post(base + "/api/v1/people", "{\"name\":\"值班长\","
				+ "\"unitCode\":\"bench-centre\",\"departmentCode\":null,\"roles\":[\"shift-leader\"]}"));
		Matcher id = ID.matcher(person);
		if (!id.find()) {
			throw new IllegalStateException("no person id in " + person);
		}
		FieldWorker.send(client, IntakeBench.post(base + "/api/v1/accounts", "{\"username\":\"" + USERNAME + "\","
				+ "\"displayName\":\"值班长\",\"password\":\"" + BenchLogin.PASSWORD + "\","
				+ "\"roles\":[\"shift-leader\"],\"personId\":" + id.group(1) + "}"));
	}
}
