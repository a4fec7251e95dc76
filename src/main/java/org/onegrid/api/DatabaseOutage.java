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
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request that needs it answers at once with 503 problem+json and
 * {@code Retry-After}, wherever the failure arose: in a controller (see {@link ProblemHandlers}) or in a filter in
 * front of it, such as the one that checks API tokens. Nothing was changed; the client may send the same request
 * again, and it succeeds as soon as the database is back. When the connection broke at the commit itself, nobody
 * can know whether the change was kept, and the answer says so: sending the same request again is still safe, since
 * a report with the same request id is never taken twice and an action with its version is refused once taken.
 */
final class DatabaseOutage extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	static final String DETAIL = "数据库暂时无法连接 / The database cannot be reached just now; nothing was changed. "
			+ "Try again in a few seconds";

	static final String UNCERTAIN = "与数据库的连接在保存时中断,无法确认是否已保存 / The connection to the database broke "
			+ "while saving, so it is not known whether the change was kept. Send the same request again: a report with "
			+ "the same requestId is never taken twice, and an action with its version is refused if it was kept";

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
			problems.unavailable(response, detail(e));
		}
	}

	static boolean outage(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof TransactionSystemException) {
				return true;
			}
		}
		return false;
	}

	/** What the client is told: nothing changed, or, when a commit or rollback failed, that nobody knows. */
	static String detail(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransactionSystemException) {
				return UNCERTAIN;
			}
		}
		return DETAIL;
	}
}
