package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onegrid.OneGridApplication;
import org.onegrid.SeparateDatabase;
import org.onegrid.TestApi;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one database, as behind a load balancer: a session started on one is known to the other, ends on
 * both when it ends on either, outlives a restart, is still held to its account as it stands, and expires on the
 * database's schedule.
 */
class SessionsAcrossInstancesIntegrationTests {

	private static final String CSRF = "csrf-for-instance-tests";

	private static final String PASSWORD = "instances-password";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start(SeparateDatabase.arguments("instances"));
		second = start(sameDatabaseAs(first));
	}

	@AfterAll
	static void stopThem() {
		second.close();
		first.close();
	}

	@Test
	void aSessionStartedOnOneInstanceIsKnownToTheOther() throws Exception {
		account("instances-known");
		HttpResponse<String> login = login(first, "instances-known");
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith(TestApi.SESSION_COOKIE + "=").contains("HttpOnly", "SameSite=Lax"));
		String session = sessionOf(login);
		assertThat(jdbc().sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?")
			.param(idOf(session))
			.query(Integer.class)
			.single()).as("server.servlet.session.timeout").isEqualTo(8 * 3600);
		HttpResponse<String> me = call(second, "GET", "/api/v1/auth/me", session);
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(TestApi.parse(me.body()).path("username").asString()).isEqualTo("instances-known");
	}

	@Test
	void signingOutOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
		account("instances-out");
		String session = sessionOf(login(first, "instances-out"));
		assertThat(call(first, "GET", "/api/v1/auth/me", session).statusCode()).isEqualTo(200);
		assertThat(call(second, "POST", "/api/v1/auth/logout", session).statusCode()).isEqualTo(204);
		assertThat(call(first, "GET", "/api/v1/auth/me", session).statusCode()).isEqualTo(401);
	}

	@Test
	void aSessionOutlivesARestartOfTheInstanceThatStartedIt() throws Exception {
		account("instances-restart");
		String session = sessionOf(login(second, "instances-restart"));
		second.close();
		second = start(sameDatabaseAs(first));
		assertThat(call(second, "GET", "/api/v1/auth/me", session).statusCode()).isEqualTo(200);
		assertThat(call(first, "GET", "/api/v1/auth/me", session).statusCode()).isEqualTo(200);
	}

	@Test
	void disablingAnAccountOnOneInstanceEndsItsSessionOnTheOther() throws Exception {
		Account account = account("instances-disabled");
		String session = sessionOf(login(second, "instances-disabled"));
		first.getBean(AccountDirectory.class).update(account.id(), new AccountDirectory.AccountRequest(null,
				account.displayName(), null, account.roles(), null, false), "test");
		assertThat(call(second, "GET", "/api/v1/auth/me", session).statusCode()).isEqualTo(401);
	}

	@Test
	void aSessionTheInstanceCannotReadAnyMoreIsTreatedAsSignedOut() throws Exception {
		account("instances-unreadable");
		String session = sessionOf(login(first, "instances-unreadable"));
		jdbc().sql("UPDATE spring_session_attributes SET attribute_bytes = ? WHERE session_primary_id = "
				+ "(SELECT primary_id FROM spring_session WHERE session_id = ?)")
			.params(new byte[] { (byte) 0xac, (byte) 0xed, 0, 5, 1, 2, 3 }, idOf(session))
			.update();
		HttpResponse<String> me = call(second, "GET", "/api/v1/auth/me", session);
		assertThat(me.statusCode()).as(me.body()).isEqualTo(401);
		assertThat(call(first, "GET", "/api/v1/auth/me", sessionOf(login(first, "instances-unreadable")))
			.statusCode()).as("signing in again mends it").isEqualTo(200);
	}

	@Test
	void expiredSessionsAreDeletedOnSchedule() throws Exception {
		long longAgo = System.currentTimeMillis() - Duration.ofDays(1).toMillis();
		jdbc().sql("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, "
				+ "max_inactive_interval, expiry_time) VALUES (?, ?, ?, ?, 60, ?)")
			.params("00000000-0000-0000-0000-0000000000ee", "00000000-0000-0000-0000-0000000000ef", longAgo, longAgo,
					longAgo + 60_000)
			.update();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (expiredRows() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(expiredRows()).isZero();
	}

	private static long expiredRows() {
		return jdbc().sql("SELECT count(*) FROM spring_session WHERE expiry_time < ?")
			.param(System.currentTimeMillis())
			.query(Long.class)
			.single();
	}

	/** An instance that deletes expired sessions every second, so that the test need not wait a minute. */
	private static ConfigurableApplicationContext start(String[] database) {
		List<String> args = new ArrayList<>(List.of(database));
		args.add("--server.port=0");
		args.add("--spring.session.jdbc.cleanup-cron=* * * * * *");
		return new SpringApplicationBuilder(OneGridApplication.class).run(args.toArray(String[]::new));
	}

	private static String[] sameDatabaseAs(ConfigurableApplicationContext instance) {
		HikariDataSource dataSource = instance.getBean(HikariDataSource.class);
		return new String[] { "--onegrid.db.url=" + dataSource.getJdbcUrl(),
				"--onegrid.db.user=" + dataSource.getUsername(),
				"--onegrid.db.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()) };
	}

	private static JdbcClient jdbc() {
		return first.getBean(JdbcClient.class);
	}

	private static Account account(String username) {
		AccountDirectory accounts = first.getBean(AccountDirectory.class);
		return accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD, List.of("dispatcher"),
				null, true), "test", false);
	}

	private static HttpResponse<String> login(ConfigurableApplicationContext instance, String username)
			throws Exception {
		return send(instance, "POST", "/api/v1/auth/login", null,
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
	}

	private static HttpResponse<String> call(ConfigurableApplicationContext instance, String method, String path,
			String session) throws Exception {
		return send(instance, method, path, session, "");
	}

	private static HttpResponse<String> send(ConfigurableApplicationContext instance, String method, String path,
			String session, String json) throws Exception {
		String port = instance.getEnvironment().getProperty("local.server.port");
		String cookies = "XSRF-TOKEN=" + CSRF + (session == null ? "" : "; " + TestApi.SESSION_COOKIE + "=" + session);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Cookie", cookies)
			.header("X-XSRF-TOKEN", CSRF)
			.header("Content-Type", "application/json")
			.method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The session's id, which the cookie holds in Base64. */
	private static String idOf(String session) {
		return new String(Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
	}

	private static String sessionOf(HttpResponse<String> login) {
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		String prefix = TestApi.SESSION_COOKIE + "=";
		return login.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith(prefix))
			.map(cookie -> cookie.substring(prefix.length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + login.headers()));
	}
}
