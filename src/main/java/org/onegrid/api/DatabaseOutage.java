package org.onegrid.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request that needs it answers at once with 503 problem+json and
 * {@code Retry-After}, wherever the failure arose: in a controller (see {@link ProblemHandlers}) or in a filter in
 * front of it, such as the one that checks API tokens. Nothing was changed; the client may send the same request
 * again, and it succeeds as soon as the database is back.
 */
final class DatabaseOutage extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	static final String DETAIL = "数据库暂时无法连接 / The database cannot be reached just now; nothing was changed. "
			+ "Try again in a few seconds";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private final ProblemWriter problems;

	DatabaseOutage(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			if (!outage(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("The database cannot be reached ({} {}): {}", request.getMethod(), request.getRequestURI(),
					e.getMessage());
			response.reset();
			problems.unavailable(response);
		}
	}

	private static boolean outage(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}
}
