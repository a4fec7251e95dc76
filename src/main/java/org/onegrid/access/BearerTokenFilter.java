package org.onegrid.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in for the one request when it carries {@code Authorization: Bearer og_…} with a live token; a
 * wrong, expired or revoked token is a 401 at once rather than falling back to the session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokenIssuer tokens;

	private final ProblemResponses problems;

	BearerTokenFilter(ApiTokenIssuer tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	/** Whether the request names a bearer token, which then alone decides who it is for. */
	static boolean carriesBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String header = request.getHeader("Authorization");
		var caller = tokens.authenticate(header.substring(7).strip());
		if (caller.isEmpty()) {
			problems.write(response, 401, "unauthenticated", "API 令牌无效、已过期或已撤销 / The API token is invalid, "
					+ "expired or revoked");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityConfiguration.authenticated(caller.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
