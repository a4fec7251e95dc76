package org.onegrid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full-time grid worker on the team of the micro-grid M9111 of {@link BenchGrid}, with an account, made through the
 * REST API as an administrator would: the field page a real worker opens shows their grid and its cases, so the
 * benchmark signs in as such a worker and not as the administrator, who has no grid.
 */
final class FieldWorker {

	static final String USERNAME = "bench-field-worker";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private FieldWorker() {
	}

	/** Makes the worker unless their account is there already; the grid must have been imported. */
	static void hire(HttpClient client, String base) throws Exception {
		if (send(client, get(base + "/api/v1/accounts?size=200&text=" + USERNAME)).contains("\"" + USERNAME + "\"")) {
			return;
		}
		send(client, IntakeBench.put(base + "/api/v1/units/bench-field", "{\"name\":\"一微网格工作站\","
				+ "\"kind\":\"COMMUNITY\",\"parentCode\":null,\"layerCode\":\"ops\",\"gridCode\":\"M9111\"}"));
		String person = send(client, IntakeBench.post(base + "/api/v1/people", "{\"name\":\"网格员\","
				+ "\"unitCode\":\"bench-field\",\"departmentCode\":null,\"roles\":[\"full-time-worker\"]}"));
		Matcher id = ID.matcher(person);
		if (!id.find()) {
			throw new IllegalStateException("no person id in " + person);
		}
		send(client, IntakeBench.post(base + "/api/v1/accounts", "{\"username\":\"" + USERNAME + "\","
				+ "\"displayName\":\"网格员\",\"password\":\"" + BenchLogin.PASSWORD + "\","
				+ "\"roles\":[\"full-time-worker\"],\"personId\":" + id.group(1) + "}"));
		send(client, IntakeBench.post(base + "/api/v1/teams/ops/M9111/members", "{\"personId\":" + id.group(1)
				+ ",\"role\":\"full-time-worker\"}"));
	}

	static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", IntakeBench.bearer).build();
	}

	static String send(HttpClient client, HttpRequest request) throws Exception {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}
}
