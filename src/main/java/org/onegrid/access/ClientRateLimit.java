package org.onegrid.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onegrid.access.internal.ClientAttempts;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits how often one client address may sign in, make a token or change a password, on top of each account's
 * lockout, so that one client cannot guess across many accounts. Calls are counted per address in fixed windows
 * ({@code onegrid.access.rate-limit.*}), in the database, so that all instances share the count. A call over the
 * limit is answered 429 with {@code Retry-After} (the seconds to the window's end) and goes no further: it neither
 * checks a password nor counts towards a lockout, and only the first refusal of a window is audited.
 * <p>
 * The address is the connection's ({@link HttpServletRequest#getRemoteAddr()}). Behind a reverse proxy every client
 * has the proxy's address, and so shares one count, unless {@code server.forward-headers-strategy} tells OneGrid to
 * take the client's address from the headers the trusted proxy sets.
 */
class ClientRateLimit implements HandlerInterceptor {

	private final ClientAttempts attempts;

	private final AccessProperties.RateLimit limit;

	private final ProblemResponses problems;

	private final AuditLog audit;

	private final Clock clock;

	ClientRateLimit(ClientAttempts attempts, AccessProperties.RateLimit limit, ProblemResponses problems,
			AuditLog audit, Clock clock) {
		this.attempts = attempts;
		this.limit = limit;
		this.problems = problems;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(RateLimited.class)) {
			return true;
		}
		Instant now = clock.instant();
		long length = limit.window().toMillis();
		Instant windowStart = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
		int count = attempts.count(request.getRemoteAddr(), windowStart);
		if (count == 1) {
			attempts.forgetBefore(windowStart);
		}
		if (count <= limit.attempts()) {
			return true;
		}
		if (count == limit.attempts() + 1) {
			audit.record(CurrentCaller.get().map(Caller::username).orElse("anonymous"), "rate-limited",
					request.getMethod() + " " + request.getRequestURI(),
					Map.of("limit", limit.attempts(), "window", limit.window().toString()));
		}
		Duration left = Duration.between(now, windowStart.plusMillis(length));
		long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
		response.setHeader("Retry-After", Long.toString(seconds));
		problems.write(response, 429, "too-many-requests", "请求过于频繁,请 " + seconds + " 秒后再试 / Too many "
				+ "sign-ins, token requests or password changes from your address; try again in " + seconds + " s");
		return false;
	}
}
