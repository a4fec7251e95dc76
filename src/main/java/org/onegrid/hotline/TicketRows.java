package org.onegrid.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The stored tickets: the request as received, unmasked, and where each stands. */
@Component
class TicketRows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A stored ticket with its request as received. */
	record Row(long id, String source, String status, String triageReason, Long caseId, TicketRequest request,
			Instant reportedAt, Instant replyDue, Instant receivedAt) {
	}

	private final JdbcClient jdbc;

	TicketRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new ticket waiting in triage; empty when the source already has one with that number. */
	Optional<Long> insert(String source, TicketRequest request, Instant reportedAt, Instant replyDue, Instant now) {
		return jdbc.sql("""
				INSERT INTO hotline_ticket (source, ticket_no, request, category_text, status, reported_at, reply_due,
				  received_at)
				VALUES (:source, :ticketNo, :request::jsonb, :category, 'TRIAGE', :reportedAt, :replyDue, :now)
				ON CONFLICT (source, ticket_no) DO NOTHING
				RETURNING id
				""")
			.param("source", source)
			.param("ticketNo", request.ticketNo().strip())
			.param("request", JSON.writeValueAsString(request))
			.param("category", request.category().strip())
			.param("reportedAt", reportedAt.atOffset(ZoneOffset.UTC))
			.param("replyDue", replyDue.atOffset(ZoneOffset.UTC))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}

	Optional<Row> byNumber(String source, String ticketNo) {
		return jdbc.sql("SELECT * FROM hotline_ticket WHERE source = ? AND ticket_no = ?")
			.params(source, ticketNo.strip())
			.query(TicketRows::read)
			.optional();
	}

	Optional<Row> byId(long id) {
		return jdbc.sql("SELECT * FROM hotline_ticket WHERE id = ?").param(id).query(TicketRows::read).optional();
	}

	/** The ticket that made the case, if a hotline ticket did. */
	Optional<Row> byCase(long caseId) {
		return jdbc.sql("SELECT * FROM hotline_ticket WHERE case_id = ?").param(caseId).query(TicketRows::read)
			.optional();
	}

	/** Tickets waiting for a person, oldest first. */
	List<Row> triage(int limit) {
		return jdbc.sql("SELECT * FROM hotline_ticket WHERE status = 'TRIAGE' ORDER BY received_at, id LIMIT ?")
			.param(limit)
			.query(TicketRows::read)
			.list();
	}

	void waitFor(long id, String reason) {
		jdbc.sql("UPDATE hotline_ticket SET triage_reason = ? WHERE id = ? AND status = 'TRIAGE'")
			.params(reason, id)
			.update();
	}

	void cased(long id, long caseId) {
		jdbc.sql("UPDATE hotline_ticket SET status = 'CASED', case_id = ?, triage_reason = NULL WHERE id = ?")
			.params(caseId, id)
			.update();
	}

	/** Marks the case's ticket handed back; false when the case came from no ticket still cased. */
	boolean handedBack(long caseId) {
		return jdbc.sql("UPDATE hotline_ticket SET status = 'HANDED_BACK' WHERE case_id = ? AND status = 'CASED'")
			.param(caseId)
			.update() > 0;
	}

	private static Row read(ResultSet rs, int row) throws SQLException {
		long caseId = rs.getLong("case_id");
		Long theCase = rs.wasNull() ? null : caseId;
		return new Row(rs.getLong("id"), rs.getString("source"), rs.getString("status"),
				rs.getString("triage_reason"), theCase,
				JSON.readValue(rs.getString("request"), TicketRequest.class),
				rs.getTimestamp("reported_at").toInstant(), rs.getTimestamp("reply_due").toInstant(),
				rs.getTimestamp("received_at").toInstant());
	}
}
