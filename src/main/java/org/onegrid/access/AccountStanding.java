package org.onegrid.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.onegrid.access.internal.Accounts;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a session to its account as the account stands now, at every request: a session whose account has been
 * disabled, removed or locked, or whose password was set after the session signed in, ends with a 401; otherwise
 * the request acts with the account's present roles and person, so that a demotion takes effect at once. Calls
 * with an API token are checked where the token is read.
 */
class AccountStanding extends OncePerRequestFilter {

	/** The session attribute holding the instant the session signed in. */
	static final String SIGNED_IN_AT = "onegrid.signedInAt";

	private final Accounts accounts;

	private final SecurityContextRepository contexts;

	private final ProblemResponses problems;

	private final Clock clock;

	AccountStanding(Accounts accounts, SecurityContextRepository contexts, ProblemResponses problems, Clock clock) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.problems = problems;
		this.clock = clock;
	}

	/**
	 * Notes that the request's session signs in now, so that earlier password changes do not end it. Signing in is
	 * the only way a session gets a caller; a session without the note (one a test made) is held to everything but
	 * the password.
	 */
	static void signedIn(HttpServletRequest request, Instant at) {
		request.getSession().setAttribute(SIGNED_IN_AT, at);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Optional<Caller> caller = CurrentCaller.get();
		if (session == null || caller.isEmpty() || BearerTokenFilter.carriesBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.MAX;
		Optional<Accounts.Standing> standing = accounts.standing(caller.get().accountId());
		if (standing.isEmpty() || !standing.get().allowsSessionFrom(signedInAt, clock.instant())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			problems.write(response, 401, "unauthenticated",
					"会话已失效(账户已停用、锁定或密码已重置),请重新登录 / Your session has ended (the account was "
							+ "disabled, locked or its password reset); sign in again");
			return;
		}
		Caller now = SignIn.callerOf(standing.get().account());
		if (!now.equals(caller.get())) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(SecurityConfiguration.authenticated(now));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}
}
