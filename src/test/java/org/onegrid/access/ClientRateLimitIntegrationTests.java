package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onegrid.OneGridApplication;
import org.onegrid.SeparateDatabase;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.internal.ClientAttempts;
import org.onegrid.attachment.TestPhotos;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * One client address may sign in, make tokens, change passwords and use the citizen portal only so often per
 * window, counted across two instances on one database; a call over the limit is answered 429 with Retry-After and goes no further.
 */
class ClientRateLimitIntegrationTests {

	private static final int LIMIT = 3;

	private static final String CSRF = "csrf-for-rate-limit-tests";

	private static final String PASSWORD = "rate-limit-password";

	/** Thirty seconds into a one-minute window. */
	private static final Instant MID_WINDOW = Instant.parse("2030-01-07T02:00:30Z");

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start(SeparateDatabase.arguments("rate_limit"));
		var dataSource = first.getBean(com.zaxxer.hikari.HikariDataSource.class);
		second = start(new String[] { "--onegrid.db.url=" + dataSource.getJdbcUrl(),
				"--onegrid.db.user=" + dataSource.getUsername(),
				"--onegrid.db.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()) });
	}

	@AfterAll
	static void stopThem() {
		second.close();
		first.close();
	}

	@Test
	void aClientOverTheLimitIsRefusedWith429UntilTheWindowEndsWithoutLockingTheAccount() throws Exception {
		setClocks(MID_WINDOW);
		account("limited");
		String address = "192.0.2.10";
		assertThat(login(first, address, "limited", "wrong-password-1").getResponse().getStatus()).isEqualTo(401);
		assertThat(login(second, address, "limited", "wrong-password-2").getResponse().getStatus()).isEqualTo(401);
		assertThat(login(first, address, "limited", "wrong-password-3").getResponse().getStatus()).isEqualTo(401);
		for (int i = 0; i < 4; i++) {
			MvcResult refused = login(i % 2 == 0 ? second : first, address, "limited",
					i == 3 ? PASSWORD : "wrong-password-over-" + i);
			assertThat(refused.getResponse().getStatus()).as("call %d over the limit", i + 1).isEqualTo(429);
			assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
			assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(body(refused)).contains("too-many-requests", "请求过于频繁", "try again in 30 s");
		}
		assertThat(first.getBean(AuditLog.class).recent(null, "rate-limited", 100))
			.filteredOn(entry -> address.equals(entry.ip()))
			.as("one audit entry for the window, not one per refusal")
			.hasSize(1);
		advanceClocks(Duration.ofSeconds(30));
		assertThat(login(second, address, "limited", PASSWORD).getResponse().getStatus())
			.as("a new window; the refused wrong passwords did not count towards the lockout")
			.isEqualTo(200);
	}

	@Test
	void makingTokensAndChangingPasswordsCountTowardsTheSameLimit() throws Exception {
		setClocks(MID_WINDOW.plus(Duration.ofHours(1)));
		account("limited-tokens");
		String address = "192.0.2.20";
		Cookie session = TestApi.sessionOf(login(first, address, "limited-tokens", PASSWORD));
		assertThat(perform(second, address, post("/api/v1/auth/tokens", "{\"name\":\"one\"}"), session)
			.getResponse().getStatus()).isEqualTo(200);
		assertThat(perform(first, address, post("/api/v1/auth/password", "{\"currentPassword\":\"wrong-password\","
				+ "\"newPassword\":\"another-long-password\"}"), session).getResponse().getStatus()).isEqualTo(401);
		assertThat(perform(second, address, post("/api/v1/auth/tokens", "{\"name\":\"two\"}"), session)
			.getResponse().getStatus()).isEqualTo(429);
		assertThat(perform(second, "192.0.2.21", post("/api/v1/auth/tokens", "{\"name\":\"elsewhere\"}"), session)
			.getResponse().getStatus()).as("another address has its own count").isEqualTo(200);
	}

	@Test
	void anotherAddressIsNotHeldBackByTheOneOverTheLimit() throws Exception {
		setClocks(MID_WINDOW.plus(Duration.ofHours(2)));
		account("limited-neighbour");
		for (int i = 0; i <= LIMIT; i++) {
			login(first, "192.0.2.30", "limited-neighbour", "wrong-password-" + i);
		}
		assertThat(login(first, "192.0.2.30", "limited-neighbour", PASSWORD).getResponse().getStatus())
			.isEqualTo(429);
		assertThat(login(second, "192.0.2.31", "limited-neighbour", PASSWORD).getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void theCitizenPortalsReportsAreLimitedPerAddressAndARefusedOneStoresNoPhoto() throws Exception {
		setClocks(MID_WINDOW.plus(Duration.ofHours(3)));
		String address = "192.0.2.40";
		String report = "{\"requestId\":\"rate-limit\",\"kind\":\"COMPONENT\",\"minorCode\":\"0201\"}";
		for (int i = 0; i < LIMIT; i++) {
			assertThat(perform(i % 2 == 0 ? first : second, address, post("/api/v1/portal/reports", report), null)
				.getResponse().getStatus()).as("report %d, within the limit but incomplete", i + 1).isEqualTo(400);
		}
		MvcResult refused = perform(first, address, post("/api/v1/portal/reports", report), null);
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(refused)).contains("too-many-requests");
		long photosBefore = storedPhotos();
		MvcResult withPhoto = perform(second, address, MockMvcRequestBuilders.multipart("/api/v1/portal/reports")
			.file(new MockMultipartFile("report", "", "application/json", report.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("photos", "a.png", "image/png", TestPhotos.encoded("png"))), null);
		assertThat(withPhoto.getResponse().getStatus()).isEqualTo(429);
		assertThat(storedPhotos()).as("a refused report stores no photo").isEqualTo(photosBefore);
		assertThat(perform(second, "192.0.2.41", post("/api/v1/portal/reports", report), null)
			.getResponse().getStatus()).as("another address has its own count").isEqualTo(400);
	}

	private static long storedPhotos() {
		return first.getBean(JdbcClient.class).sql("select count(*) from attachment").query(Long.class).single();
	}

	@Test
	void countsEveryOneOfManyCallsArrivingTogether() throws Exception {
		ClientAttempts attempts = first.getBean(ClientAttempts.class);
		ClientAttempts elsewhere = second.getBean(ClientAttempts.class);
		Instant window = Instant.parse("2031-01-01T00:00:00Z");
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> counts = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				ClientAttempts instance = i % 2 == 0 ? attempts : elsewhere;
				counts.add(threads.submit(() -> {
					start.await();
					return instance.count("198.51.100.7", window);
				}));
			}
			start.countDown();
			List<Integer> seen = new ArrayList<>();
			for (Future<Integer> count : counts) {
				seen.add(count.get());
			}
			assertThat(seen).containsExactlyInAnyOrderElementsOf(
					java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static ConfigurableApplicationContext start(String[] database) {
		List<String> args = new ArrayList<>(List.of(database));
		args.add("--server.port=0");
		args.add("--onegrid.access.rate-limit.attempts=" + LIMIT);
		args.add("--onegrid.access.rate-limit.window=1m");
		return new SpringApplicationBuilder(OneGridApplication.class, InstanceClock.class)
			.run(args.toArray(String[]::new));
	}

	private static void setClocks(Instant at) {
		first.getBean(TestClock.class).set(at);
		second.getBean(TestClock.class).set(at);
	}

	private static void advanceClocks(Duration by) {
		first.getBean(TestClock.class).advance(by);
		second.getBean(TestClock.class).advance(by);
	}

	private static void account(String username) {
		first.getBean(AccountDirectory.class).create(new AccountDirectory.AccountRequest(username, username,
				PASSWORD, List.of("dispatcher"), null, true), "test", false);
	}

	private static MvcResult login(ConfigurableApplicationContext instance, String address, String username,
			String password) throws Exception {
		return perform(instance, address, post("/api/v1/auth/login",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"), null);
	}

	private static MockHttpServletRequestBuilder post(String uri, String json) {
		return MockMvcRequestBuilders.post(uri).contentType("application/json").content(json);
	}

	private static MvcResult perform(ConfigurableApplicationContext instance, String address,
			AbstractMockHttpServletRequestBuilder<?> request, Cookie session) throws Exception {
		request.cookie(new Cookie("XSRF-TOKEN", CSRF)).header("X-XSRF-TOKEN", CSRF).with(call -> {
			call.setRemoteAddr(address);
			return call;
		});
		if (session != null) {
			request.cookie(session);
		}
		return mvc(instance).perform(request).andReturn();
	}

	/** The instance's own filters as a browser meets them: sessions from the database, then security. */
	private static MockMvc mvc(ConfigurableApplicationContext instance) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) instance)
			.addFilters(instance.getBean(SessionRepositoryFilter.class))
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** A clock the test moves, shared by nothing else. */
	@TestConfiguration(proxyBeanMethods = false)
	static class InstanceClock {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
