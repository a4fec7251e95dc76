package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What every answer tells the browser, and the doors that stay shut to callers who have not signed in: forged
 * requests, health details and (outside the demo) the API documentation.
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

	private static final String CSRF = "csrf-for-header-tests";

	@Autowired
	TestApi api;

	@Autowired
	AccountDirectory accounts;

	@Test
	void sendsAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
		MockHttpServletResponse page = perform(MockMvcRequestBuilders.get("/login.html"), null);
		assertThat(page.getStatus()).isEqualTo(200);
		String policy = page.getHeader("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(page.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.getHeader("Permissions-Policy")).contains("geolocation=(self)", "microphone=()");
		assertThat(page.getHeader("Strict-Transport-Security")).isNull();
		MockHttpServletResponse overTls = perform(MockMvcRequestBuilders.get("/login.html").secure(true), null);
		assertThat(overTls.getHeader("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void aForgedRequestWithAnotherKindOfAuthorizationStillNeedsTheCsrfToken() throws Exception {
		if (accounts.all().stream().noneMatch(account -> account.username().equals("hdr-admin"))) {
			accounts.create(new AccountDirectory.AccountRequest("hdr-admin", "hdr-admin", "header-test-password",
					List.of("admin"), null, true), "test", false);
		}
		MockHttpServletRequestBuilder login = MockMvcRequestBuilders.post("/api/v1/auth/login")
			.contentType("application/json")
			.content("{\"username\":\"hdr-admin\",\"password\":\"header-test-password\"}")
			.header("X-XSRF-TOKEN", CSRF);
		var result = api.mvc().perform(login.cookie(new Cookie("XSRF-TOKEN", CSRF))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Cookie session = TestApi.sessionOf(result);
		for (String authorization : List.of("Basic YWRtaW46eA==", "x", "Token abc")) {
			String username = "forged-" + Math.abs(authorization.hashCode());
			MockHttpServletResponse forged = perform(MockMvcRequestBuilders.post("/api/v1/accounts")
				.contentType("application/json")
				.header("Authorization", authorization)
				.content("{\"username\":\"" + username + "\",\"displayName\":\"x\",\"password\":\"forged-password-1\","
						+ "\"roles\":[\"admin\"]}"), session);
			assertThat(forged.getStatus()).as(authorization).isEqualTo(403);
			assertThat(accounts.all()).noneMatch(account -> account.username().equals(username));
		}
	}

	@Test
	void healthShowsItsDetailsToAdministratorsOnly() {
		assertThat(api.anonymous().get("/actuator/health").body().has("components")).isFalse();
		assertThat(api.anonymous().get("/actuator/health").body().path("status").asString()).isEqualTo("UP");
		assertThat(api.get("/actuator/health").body().has("components")).isTrue();
	}

	@Test
	void keepsTheApiDocumentationForSignedInCallersOutsideTheDemo() {
		assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(401);
		assertThat(api.get("/v3/api-docs").status()).isEqualTo(200);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Cookie session)
			throws Exception {
		request.cookie(new Cookie("XSRF-TOKEN", CSRF));
		if (session != null) {
			request.cookie(session);
		}
		return api.mvc().perform(request).andReturn().getResponse();
	}
}
