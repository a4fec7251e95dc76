package org.onegrid.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.onegrid.SeparateDatabase;
import org.onegrid.TestApi;
import org.onegrid.access.Caller;
import org.onegrid.access.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Drives bad values of every kind into every operation the application's own OpenAPI document lists: NUL
 * characters, nulls in lists, missing and mistyped fields, huge strings, dates and numbers out of range, malformed
 * JSON and GeoJSON, in bodies, query parameters and paths. No answer may be a 5xx, and a refused request (4xx) may
 * not change a single row. It runs on a database of its own, since what it sends may also succeed.
 */
@Tag("fuzz")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class ApiFuzzIntegrationTests {

	private static final String CSRF = "fuzz-csrf-token";

	/**
	 * Tables that a refused request may legitimately write: the audit trail, the per-client count of sign-ins and
	 * token requests, and the event registry.
	 */
	private static final List<String> UNWATCHED = List.of("audit_log", "client_attempts", "event_publication",
			"flyway_schema_history");

	/**
	 * Operations left out: signing in, signing out and changing one's own password have rules of their own (rate
	 * limits, password lengths) and would end or lock the fuzzing session.
	 */
	private static final List<String> LEFT_OUT = List.of("/api/v1/auth/login", "/api/v1/auth/logout",
			"/api/v1/auth/password");

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		for (String argument : SeparateDatabase.arguments("fuzz")) {
			String[] pair = argument.substring(2).split("=", 2);
			registry.add(pair[0], () -> pair[1]);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor admin;

	private final List<String> failures = new ArrayList<>();

	private Map<String, List<Object>> rows;

	private String fingerprint;

	@Test
	void noBadInputCausesA5xxOrChangesARow() throws Exception {
		Caller caller = signIn.authenticate("admin", TestApi.ADMIN_PASSWORD);
		admin = SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(
				caller, null, caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
		JsonNode openApi = TestApi.parse(send(HttpMethod.GET, "/v3/api-docs", null).getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		seed();
		fingerprint = fingerprintQuery();
		rows = rows();
		FuzzValues values = new FuzzValues(openApi);
		int requests = 0;
		for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
			if (!path.getKey().startsWith("/api/") || LEFT_OUT.contains(path.getKey())) {
				continue;
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase(java.util.Locale.ROOT));
				requests += fuzz(method, path.getKey(), operation.getValue(), values);
			}
		}
		assertThat(requests).as("requests sent").isGreaterThan(500);
		assertThat(failures).as("answers to bad input").isEmpty();
	}

	/** Things named {@code x} and numbered 1, so that bad bodies reach the checks behind "not found". */
	private void seed() throws Exception {
		expectSuccess(HttpMethod.PUT, "/api/v1/units/x", "{\"name\":\"x\",\"kind\":\"STREET\"}");
		expectSuccess(HttpMethod.POST, "/api/v1/people",
				"{\"name\":\"x\",\"phone\":\"13800000000\",\"unitCode\":\"x\",\"roles\":[\"leader\"]}");
		expectSuccess(HttpMethod.POST, "/api/v1/layers",
				"{\"code\":\"x\",\"name\":\"x\",\"kind\":\"ops\",\"levelNames\":[\"x\"],\"codeRule\":\"FREE\"}");
		expectSuccess(HttpMethod.POST, "/api/v1/layers/x/import?codeProperty=code", "{\"type\":\"FeatureCollection\","
				+ "\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"x\",\"name\":\"x\",\"level\":\"x\"},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[1.01,1],[1.01,1.01],[1,1.01],[1,1]]]}}]}");
	}

	private void expectSuccess(HttpMethod method, String uri, String body) throws Exception {
		MvcResult result = send(method, uri, body);
		assertThat(result.getResponse().getStatus()).as(method + " " + uri + " "
				+ result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 299);
	}

	private int fuzz(HttpMethod method, String template, JsonNode operation, FuzzValues values) throws Exception {
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		for (JsonNode parameter : operation.path("parameters")) {
			String plain = plainValue(values.resolve(parameter.path("schema")));
			if (parameter.path("in").asString().equals("path")) {
				path.put(parameter.path("name").asString(), plain);
			}
			else if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean()) {
				query.put(parameter.path("name").asString(), plain);
			}
		}
		JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
		String body = bodySchema.isMissingNode() ? null : values.sample(bodySchema, 0).toString();
		int sent = 0;
		for (JsonNode parameter : operation.path("parameters")) {
			String name = parameter.path("name").asString();
			boolean inPath = parameter.path("in").asString().equals("path");
			for (String bad : FuzzValues.BAD_PARAMETERS) {
				Map<String, String> badPath = new LinkedHashMap<>(path);
				Map<String, String> badQuery = new LinkedHashMap<>(query);
				(inPath ? badPath : badQuery).put(name, bad);
				check(method, uri(template, badPath, badQuery), body);
				sent++;
			}
		}
		if (!bodySchema.isMissingNode()) {
			String uri = uri(template, path, query);
			List<String> bodies = new ArrayList<>(values.variants(bodySchema));
			bodies.addAll(FuzzValues.MALFORMED);
			for (String bad : bodies) {
				check(method, uri, bad);
				sent++;
			}
		}
		return sent;
	}

	private void check(HttpMethod method, String uri, String body) throws Exception {
		long pendingBefore = pending();
		MvcResult result = send(method, uri, body);
		int status = result.getResponse().getStatus();
		String shown = method + " " + abbreviate(uri) + (body == null ? "" : " " + abbreviate(body)) + " -> " + status;
		if (status >= 500) {
			failures.add(shown + " " + abbreviate(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
		}
		if (status >= 400) {
			Map<String, List<Object>> after = rows();
			if (!after.equals(rows)) {
				failures.add(shown + " but changed " + changed(rows, after));
			}
			rows = after;
		}
		else {
			awaitListeners(pendingBefore);
			rows = rows();
		}
	}

	/**
	 * Gives the listeners of what an accepted request published a moment to finish, so that what they write later
	 * is not taken for a change made by the next, refused request.
	 */
	private void awaitListeners(long pendingBefore) throws InterruptedException {
		for (int attempt = 0; attempt < 40 && pending() > pendingBefore; attempt++) {
			Thread.sleep(50);
		}
	}

	private long pending() {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
			.single();
	}

	private MvcResult send(HttpMethod method, String uri, String body) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(uri))
			.with(admin)
			.cookie(new Cookie("XSRF-TOKEN", CSRF))
			.header("X-XSRF-TOKEN", CSRF)
			.accept(MediaType.APPLICATION_JSON, MediaType.ALL);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
		}
		return mvc.perform(request).andReturn();
	}

	private static String uri(String template, Map<String, String> path, Map<String, String> query) {
		String uri = template;
		for (Map.Entry<String, String> variable : path.entrySet()) {
			uri = uri.replaceAll("\\{" + variable.getKey() + "(:[^}]*)?}", java.util.regex.Matcher
				.quoteReplacement(variable.getValue()));
		}
		List<String> pairs = new ArrayList<>();
		query.forEach((name, value) -> pairs.add(name + "=" + value));
		return pairs.isEmpty() ? uri : uri + "?" + String.join("&", pairs);
	}

	private static String plainValue(JsonNode schema) {
		return switch (schema.path("type").asString("")) {
			case "integer", "number" -> "1";
			case "boolean" -> "true";
			default -> switch (schema.path("format").asString("")) {
				case "date" -> "2026-03-05";
				case "date-time" -> "2026-03-05T08:00:00Z";
				default -> schema.has("enum") ? schema.path("enum").get(0).asString() : "x";
			};
		};
	}

	private String fingerprintQuery() {
		List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = "
				+ "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")
			.query(String.class)
			.list();
		List<String> parts = new ArrayList<>();
		for (String table : tables) {
			if (!UNWATCHED.contains(table)) {
				parts.add("SELECT '" + table + "' AS t, count(*) AS n, coalesce(max(xmin::text::bigint), 0) AS x FROM "
						+ table);
			}
		}
		return String.join(" UNION ALL ", parts);
	}

	private Map<String, List<Object>> rows() {
		Map<String, List<Object>> rows = new LinkedHashMap<>();
		jdbc.sql(fingerprint).query((rs, i) -> rows.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3))))
			.list();
		return rows;
	}

	private static String changed(Map<String, List<Object>> before, Map<String, List<Object>> after) {
		List<String> tables = new ArrayList<>();
		after.forEach((table, value) -> {
			if (!Objects.equals(before.get(table), value)) {
				tables.add(table);
			}
		});
		return tables.toString();
	}

	private static String abbreviate(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "…" : text;
	}
}
