package org.onegrid.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;

/**
 * A request that meets a lost database answers 503 problem+json with Retry-After; when the connection broke at the
 * commit itself, the answer says that nobody knows whether the change was kept, instead of a 500 or a false "nothing
 * was changed".
 */
class DatabaseOutageTests {

	@Test
	void aConnectionLostBeforeTheCommitChangedNothing() throws Exception {
		MockHttpServletResponse response = answer(new DataAccessResourceFailureException("connection refused"));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("database-unavailable", "nothing was changed");
	}

	@Test
	void aConnectionLostAtTheCommitLeavesTheOutcomeUnknownAndSaysSo() throws Exception {
		TransactionSystemException failed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		MockHttpServletResponse response = answer(failed);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("database-unavailable", "not known whether the change was kept",
				"requestId");
		assertThat(response.getContentAsString()).doesNotContain("nothing was changed");
	}

	@Test
	void aControllerWhoseCommitFailedAnswersTheSame() {
		var answer = new ProblemHandlers(new StaticMessageSource()).handleDatabaseOutage(
				new TransactionSystemException("JDBC commit failed", new SQLException("Connection is closed")));
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(answer.getBody().getDetail()).contains("not known whether the change was kept");
	}

	private static MockHttpServletResponse answer(RuntimeException failure) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new DatabaseOutage(new ProblemWriter(new StaticMessageSource())).doFilter(
				new MockHttpServletRequest("POST", "/api/v1/cases"), response, (request, ignored) -> {
					throw failure;
				});
		return response;
	}
}
