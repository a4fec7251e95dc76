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

/**
 * A change to an account takes effect at the next request of every session and token it has: disabling, new roles,
 * a lock and a new password.
 */
@IntegrationTest
class AccountStandingIntegrationTests {

	private static final String CSRF = "csrf-for-standing-tests";

	private static final String PASSWORD = "standing-password";

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
	void aDemotedAccountActsWithItsNewRolesAtTheNextRequestOfItsSessionAndToken() throws Exception {
		Account account = account("standing-demoted", "admin");
		Cookie session = signIn("standing-demoted");
		String token = token(session);
		assertThat(get("/api/v1/accounts", session)).isEqualTo(200);
		assertThat(api.withToken(token).get("/api/v1/accounts").status()).isEqualTo(200);
		change(account, List.of("dispatcher"), true);
		assertThat(get("/api/v1/accounts", session)).isEqualTo(403);
		assertThat(api.withToken(token).get("/api/v1/accounts").status()).isEqualTo(403);
		MvcResult me = perform(MockMvcRequestBuilders.get("/api/v1/auth/me"), session, false);
		assertThat(json(me).path("roles").get(0).asString()).isEqualTo("dispatcher");
		change(account, List.of("admin"), true);
		assertThat(get("/api/v1/accounts", session)).as("a promotion counts at once too").isEqualTo(200);
	}

	@Test
	void aDisabledAccountLosesItsSessionsAndTokensAtTheNextRequest() throws Exception {
		Account account = account("standing-disabled", "dispatcher");
		Cookie session = signIn("standing-disabled");
		String token = token(session);
		change(account, List.of("dispatcher"), false);
		assertThat(get("/api/v1/auth/me", session)).isEqualTo(401);
		assertThat(api.withToken(token).get("/api/v1/auth/me").status()).isEqualTo(401);
		change(account, List.of("dispatcher"), true);
		assertThat(get("/api/v1/auth/me", session)).as("the ended session stays ended").isEqualTo(401);
		assertThat(api.withToken(token).get("/api/v1/auth/me").status()).isEqualTo(200);
	}

	@Test
	void aPasswordResetEndsEverySessionAndRevokesEveryTokenMadeBeforeIt() throws Exception {
		clock.setShanghai("2026-11-03T09:00");
		Account account = account("standing-reset", "dispatcher");
		Cookie first = signIn("standing-reset");
		String token = token(first);
		clock.advance(Duration.ofMinutes(5));
		api.put("/api/v1/accounts/" + account.id() + "/password", "{\"password\":\"another-long-password\"}");
		assertThat(get("/api/v1/auth/me", first)).isEqualTo(401);
		assertThat(api.withToken(token).get("/api/v1/auth/me").status()).isEqualTo(401);
		assertThat(api.as("standing-reset", "another-long-password").get("/api/v1/auth/tokens").body().get(0)
			.path("revokedAt").isNull()).as("the token shows as revoked").isFalse();
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		clock.setShanghai("2026-11-03T10:00");
		account("standing-own", "dispatcher");
		Cookie here = signIn("standing-own");
		Cookie elsewhere = signIn("standing-own");
		clock.advance(Duration.ofMinutes(1));
		MvcResult changed = perform(post("/api/v1/auth/password", "{\"currentPassword\":\"" + PASSWORD
				+ "\",\"newPassword\":\"my-new-long-password\"}"), here, true);
		assertThat(changed.getResponse().getStatus()).isEqualTo(204);
		assertThat(get("/api/v1/auth/me", here)).isEqualTo(200);
		assertThat(get("/api/v1/auth/me", elsewhere)).isEqualTo(401);
	}

	@Test
	void aLockedAccountsTokensStopWhileItIsLocked() throws Exception {
		clock.setShanghai("2026-11-03T11:00");
		account("standing-locked", "dispatcher");
		String token = token(signIn("standing-locked"));
		for (int i = 0; i < 5; i++) {
			perform(post("/api/v1/auth/login", credentials("standing-locked", "wrong-password-" + i)), null, true);
		}
		assertThat(api.withToken(token).get("/api/v1/auth/me").status()).isEqualTo(401);
		clock.advance(Duration.ofMinutes(16));
		assertThat(api.withToken(token).get("/api/v1/auth/me").status()).isEqualTo(200);
	}

	private Account account(String username, String role) {
		return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst()
			.orElseGet(() -> accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD,
					List.of(role), null, true), "test", false));
	}

	private void change(Account account, List<String> roles, boolean enabled) {
		accounts.update(account.id(), new AccountDirectory.AccountRequest(null, account.displayName(), null, roles,
				null, enabled), "test");
	}

	private Cookie signIn(String username) throws Exception {
		MvcResult login = perform(post("/api/v1/auth/login", credentials(username, PASSWORD)), null, true);
		assertThat(login.getResponse().getStatus()).isEqualTo(200);
		return TestApi.sessionOf(login);
	}

	private String token(Cookie session) throws Exception {
		return json(perform(post("/api/v1/auth/tokens", "{\"name\":\"standing\"}"), session, true)).path("secret")
			.asString();
	}

	private int get(String uri, Cookie session) throws Exception {
		return perform(MockMvcRequestBuilders.get(uri), session, false).getResponse().getStatus();
	}

	private static String credentials(String username, String password) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, Cookie session, boolean csrf) throws Exception {
		return new BrowserCalls(api, CSRF).perform(request, session, csrf);
	}
}
