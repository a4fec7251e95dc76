package org.onegrid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.onegrid.OneGridApplication;
import org.onegrid.SeparateDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With the database gone, calls answer at once with 503 problem+json and {@code Retry-After}, whether the failure
 * comes from a controller or from the token filter in front of it, and health says DOWN instead of hanging.
 */
class DatabaseOutageIntegrationTests {

	@Test
	void answers503FastAndHealthSaysDownWhileTheDatabaseIsAway() throws Exception {
		Assumptions.assumeTrue(System.getenv("ONEGRID_DB_URL") == null || System.getenv("ONEGRID_DB_URL").isBlank(),
				"stops the embedded database; the server run covers the rest");
		String[] database = SeparateDatabase.arguments("outage");
		String[] args = java.util.Arrays.copyOf(database, database.length + 1);
		args[database.length] = "--server.port=0";
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OneGridApplication.class).run(args)) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			assertThat(get(http, base + "/actuator/health", null, null).statusCode()).isEqualTo(200);

			app.getBean(DatabaseConfiguration.EmbeddedDatabase.class).stop();

			long started = System.nanoTime();
			HttpResponse<String> call = get(http, base + "/api/v1/auth/me", "Authorization",
					"Bearer og_some-token-while-down");
			assertThat(call.statusCode()).as(call.body()).isEqualTo(503);
			assertThat(call.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
				.startsWith("application/problem+json"));
			assertThat(call.headers().firstValue("Retry-After")).contains("5");
			assertThat(call.body()).contains("database-unavailable");
			HttpResponse<String> withSession = get(http, base + "/api/v1/auth/me", "Cookie",
					"SESSION=ZDU0ZTdiMzQtM2M0Ny00ZDFmLWI4YTItOWE0MzFlMGM1YjQy");
			assertThat(withSession.statusCode()).as("a session is read from the database too").isEqualTo(503);
			assertThat(withSession.headers().firstValue("Retry-After")).contains("5");
			HttpResponse<String> health = get(http, base + "/actuator/health/readiness", null, null);
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		}
	}

	private static HttpResponse<String> get(HttpClient http, String uri, String header, String value)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
		if (header != null) {
			request.header(header, value);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
