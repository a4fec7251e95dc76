package org.onegrid.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.onegrid.TestApi;
import tools.jackson.databind.JsonNode;

/**
 * A subscriber's endpoint on a loopback port: it keeps every request it gets and answers 500 to the first
 * {@link #failFirst} of them, or to all while {@link #failAlways} is set, and 204 otherwise.
 */
final class WebhookReceiver implements AutoCloseable {

	/** One request as it arrived. */
	record Received(String path, String eventId, String eventType, String timestamp, String signature, String body,
			int answered) {

		JsonNode json() {
			return TestApi.parse(body);
		}
	}

	private final HttpServer server;

	private final List<Received> received = new ArrayList<>();

	private final AtomicInteger failFirst = new AtomicInteger();

	private volatile boolean failAlways;

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	/** The URL of a path on this receiver, such as {@code /hook}. */
	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	void failFirst(int requests) {
		failFirst.set(requests);
	}

	void failAlways(boolean fail) {
		failAlways = fail;
	}

	synchronized List<Received> received() {
		return List.copyOf(received);
	}

	/** The requests it answered 2xx. */
	synchronized List<Received> accepted() {
		return received.stream().filter(r -> r.answered() < 300).toList();
	}

	/** The distinct event ids it answered 2xx, in the order first accepted: what a deduplicating receiver keeps. */
	Set<String> acceptedIds() {
		Set<String> ids = new LinkedHashSet<>();
		accepted().forEach(r -> ids.add(r.eventId()));
		return ids;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int status = failAlways || failFirst.getAndDecrement() > 0 ? 500 : 204;
		var headers = exchange.getRequestHeaders();
		synchronized (this) {
			received.add(new Received(exchange.getRequestURI().getPath(), headers.getFirst("X-OneGrid-Event-Id"),
					headers.getFirst("X-OneGrid-Event-Type"), headers.getFirst("X-OneGrid-Timestamp"),
					headers.getFirst("X-OneGrid-Signature"), body, status));
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
