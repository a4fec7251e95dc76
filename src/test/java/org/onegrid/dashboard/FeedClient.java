package org.onegrid.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A screen's feed connection as a browser's EventSource holds it, over real HTTP with a session cookie: the events
 * it received, in order, and whether the server ended the stream.
 */
final class FeedClient implements AutoCloseable {

	/** One Server-Sent Event. */
	record Event(String id, String name, String data) {
	}

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();

	private final List<Event> received = new CopyOnWriteArrayList<>();

	private volatile boolean ended;

	private volatile Stream<String> lines;

	private final Thread reader;

	private FeedClient(int port, String session, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/dashboard/feed"))
			.header("Accept", "text/event-stream")
			.header("Cookie", "SESSION=" + session);
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		reader = new Thread(() -> read(request.build()), "feed-client");
		reader.setDaemon(true);
		reader.start();
	}

	static FeedClient open(int port, String session, String lastEventId) {
		return new FeedClient(port, session, lastEventId);
	}

	private void read(HttpRequest request) {
		try {
			HttpResponse<Stream<String>> response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
			if (response.statusCode() != 200) {
				queue.add(new Event(null, "status", Integer.toString(response.statusCode())));
				return;
			}
			lines = response.body();
			String id = null;
			String name = "message";
			StringBuilder data = new StringBuilder();
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						Event event = new Event(id, name, data.toString());
						received.add(event);
						queue.add(event);
					}
					id = null;
					name = "message";
					data.setLength(0);
				}
				else if (line.startsWith("id:")) {
					id = value(line);
				}
				else if (line.startsWith("event:")) {
					name = value(line);
				}
				else if (line.startsWith("data:")) {
					data.append(value(line));
				}
			}
		}
		catch (Exception e) {
			queue.add(new Event(null, "failed", String.valueOf(e.getMessage())));
		}
		finally {
			ended = true;
			queue.add(new Event(null, "ended", ""));
		}
	}

	private static String value(String line) {
		String value = line.substring(line.indexOf(':') + 1);
		return value.startsWith(" ") ? value.substring(1) : value;
	}

	/** The next event of the name that matches, waiting at most {@code bound}; skips others. */
	Event next(String name, Predicate<Event> matching, Duration bound) throws InterruptedException {
		long deadline = System.nanoTime() + bound.toNanos();
		while (System.nanoTime() < deadline) {
			Event event = queue.poll(200, TimeUnit.MILLISECONDS);
			if (event != null && event.name().equals(name) && matching.test(event)) {
				return event;
			}
		}
		throw new AssertionError("no '" + name + "' event as expected within " + bound + "; received " + received);
	}

	List<Event> received() {
		return List.copyOf(received);
	}

	/** Waits at most {@code bound} for the server to end the stream; answers whether it did. */
	boolean awaitEnd(Duration bound) throws InterruptedException {
		reader.join(bound.toMillis());
		return ended;
	}

	@Override
	public void close() {
		Stream<String> open = lines;
		if (open != null) {
			open.close();
		}
		reader.interrupt();
	}
}
