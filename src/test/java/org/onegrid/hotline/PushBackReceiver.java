package org.onegrid.hotline;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.onegrid.TestApi;
import tools.jackson.databind.JsonNode;

/** A hotline system's push-back endpoint on a loopback port: it keeps every body it gets and answers 204. */
final class PushBackReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<JsonNode> received = new ArrayList<>();

	PushBackReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/push-back";
	}

	synchronized List<JsonNode> received() {
		return List.copyOf(received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			synchronized (this) {
				received.add(TestApi.parse(body));
			}
		}
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
