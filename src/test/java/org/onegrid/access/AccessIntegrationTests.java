package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.access.BrowserCalls.json;
import static org.onegrid.access.BrowserCalls.post;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in with sessions and CSRF, lockout, API tokens and their revocation, through the real filter chain.
 */
@IntegrationTest
class AccessIntegrationTests {

	private static final String CSRF = "csrf-for-access-tests";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	AccountDirectory accounts;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void signsInToASessionThatNeedsTheCsrfTokenForChanges() throws Exception {
		account("sess-user", "dispatcher");
		MvcResult login = perform(post("/api/v1/auth/login", "{\"username\":\"sess-user\",\"password\":\"session-password\"}"),
				null, true);
		assertThat(login.getResponse().getStatus()).isEqualTo(200);
		Cookie session = TestApi.sessionOf(login);
		MvcResult me = perform(MockMvcRequestBuilders.get("/api/v1/auth/me"), session, false);
		assertThat(json(me).path("username").asString()).isEqualTo("sess-user");
		assertThat(json(me).path("roles").isArray()).isTrue();
		assertThat(json(me).path("grids").isArray()).isTrue();
		assertThat(json(me).path("grids").size()).isZero();
		MvcResult withoutToken = perform(post("/api/v1/auth/tokens", "{\"name\":\"ci\"}"), session, false);
		assertThat(withoutToken.getResponse().getStatus()).isEqualTo(403);
		assertThat(json(withoutToken).path("detail").asString()).contains("CSRF");
		assertThat(perform(post("/api/v1/auth/tokens", "{\"name\":\"ci\"}"), session, true).getResponse().getStatus())
			.isEqualTo(200);
		perform(post("/api/v1/auth/logout", ""), session, true);
		assertThat(perform(MockMvcRequestBuilders.get("/api/v1/auth/me"), session, false).getResponse().getStatus())
			.isEqualTo(401);
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhetherTheUserExists() throws Exception {
		account("known-user", "dispatcher");
		MvcResult wrong = perform(post("/api/v1/auth/login", "{\"username\":\"known-user\",\"password\":\"nope-nope-nope\"}"),
				null, true);
		MvcResult unknown = perform(post("/api/v1/auth/login", "{\"username\":\"nobody-here\",\"password\":\"nope-nope-nope\"}"),
				null, true);
		assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
		assertThat(unknown.getResponse().getStatus()).isEqualTo(401);
		assertThat(json(wrong).path("detail").asString()).isEqualTo(json(unknown).path("detail").asString());
		assertThat(api.get("/api/v1/audit?actor=nobody-here&action=sign-in-failed").body()).hasSize(1);
	}

	@Test
	void locksAnAccountAfterFiveFailuresUntilTheLockoutPasses() throws Exception {
		account("lock-user", "dispatcher");
		clock.setShanghai("2026-11-02T09:00");
		for (int i = 0; i < 5; i++) {
			assertThat(login("lock-user", "wrong-password-" + i)).isEqualTo(401);
		}
		MvcResult locked = perform(post("/api/v1/auth/login",
				"{\"username\":\"lock-user\",\"password\":\"session-password\"}"), null, true);
		assertThat(locked.getResponse().getStatus()).isEqualTo(401);
		MvcResult wrong = perform(post("/api/v1/auth/login",
				"{\"username\":\"no-such-user\",\"password\":\"session-password\"}"), null, true);
		assertThat(json(locked).toString()).as("a locked account answers as a wrong password does")
			.isEqualTo(json(wrong).toString().replace("no-such-user", "lock-user"));
		assertThat(api.get("/api/v1/audit?actor=lock-user&action=account-locked").body()).hasSize(1);
		clock.advance(Duration.ofMinutes(16));
		assertThat(login("lock-user", "session-password")).isEqualTo(200);
	}

	@Test
	void aTokenActsForItsOwnerWithoutCsrfUntilRevoked() {
		account("token-user", "dispatcher");
		TestApi user = api.as("token-user", "session-password");
		JsonNode issued = user.post("/api/v1/auth/tokens", "{\"name\":\"integration\",\"days\":30}").body();
		String secret = issued.path("secret").asString();
		assertThat(secret).startsWith("og_");
		TestApi bearer = api.withToken(secret);
		assertThat(bearer.get("/api/v1/auth/me").body().path("username").asString()).isEqualTo("token-user");
		assertThat(user.get("/api/v1/auth/tokens").body().get(0).path("prefix").asString())
			.isEqualTo(secret.substring(0, 7));
		assertThat(user.get("/api/v1/auth/tokens").toString()).doesNotContain(secret);
		long id = issued.path("token").path("id").asLong();
		assertThat(user.delete("/api/v1/auth/tokens/" + id).status()).isEqualTo(204);
		assertThat(bearer.get("/api/v1/auth/me").status()).isEqualTo(401);
		assertThat(api.withToken("og_not-a-token").get("/api/v1/cases").status()).isEqualTo(401);
	}

	@Test
	void acceptsTokenCallsThatCarryNoCsrfToken() throws Exception {
		account("bearer-user", "dispatcher");
		String secret = api.as("bearer-user", "session-password")
			.post("/api/v1/auth/tokens", "{\"name\":\"script\"}")
			.body()
			.path("secret")
			.asString();
		MvcResult result = api.mvc()
			.perform(post("/api/v1/auth/tokens", "{\"name\":\"second\"}").header("Authorization", "Bearer " + secret))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void keepsAccountAdministrationForAdministrators() {
		account("plain-user", "dispatcher");
		TestApi user = api.as("plain-user", "session-password");
		assertThat(user.get("/api/v1/accounts").status()).isEqualTo(403);
		assertThat(user.get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(api.post("/api/v1/accounts", """
				{"username":"Bad User","displayName":"","password":"short","roles":[]}""").body().path("errors"))
			.extracting(error -> error.path("field").asString())
			.contains("username", "displayName", "password", "roles");
	}

	@Test
	void refusesWeakOrWellKnownAdminPasswords() {
		assertThat(BootGuard.weak("admin")).isTrue();
		assertThat(BootGuard.weak("short-pass")).isTrue();
		assertThat(BootGuard.weak("Password123")).isTrue();
		assertThat(BootGuard.weak("a-long-enough-secret")).isFalse();
	}

	private void account(String username, String role) {
		if (accounts.all().stream().noneMatch(account -> account.username().equals(username))) {
			accounts.create(new AccountDirectory.AccountRequest(username, username, "session-password", List.of(role),
					null, true), "test", false);
		}
	}

	@Test
	void refusesOverlongCredentialsWithoutFailing() throws Exception {
		account("long-pass", "dispatcher");
		String longPassword = "密".repeat(25);
		assertThat(api.put("/api/v1/accounts/" + accountId("long-pass") + "/password",
				"{\"password\":\"" + longPassword + "\"}").body().path("errors").get(0).path("detail").asString())
			.contains("72 bytes");
		assertThat(login("long-pass", longPassword)).isEqualTo(401);
		assertThat(login("long-pass", "x".repeat(100))).isEqualTo(401);
		assertThat(login("u".repeat(1_000_000), "session-password")).isEqualTo(401);
		assertThat(login("long-pass", "session-password")).isEqualTo(200);
	}

	private long accountId(String username) {
		for (JsonNode account : api.get("/api/v1/accounts?size=200&text=" + username).body().path("items")) {
			if (account.path("username").asString().equals(username)) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("no account " + username);
	}

	private int login(String username, String password) throws Exception {
		return perform(post("/api/v1/auth/login",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"), null, true)
			.getResponse()
			.getStatus();
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, Cookie session, boolean csrf) throws Exception {
		return new BrowserCalls(api, CSRF).perform(request, session, csrf);
	}
}
