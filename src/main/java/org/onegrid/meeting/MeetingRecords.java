package org.onegrid.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads meetings back with their agenda and decisions, in the order they were listed and taken. */
@Component
class MeetingRecords {

	private final JdbcClient jdbc;

	MeetingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Meeting> get(long id) {
		return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query(this::read).optional();
	}

	/** The unit's meetings starting in [from, to), the latest first. */
	List<Meeting> list(String unitCode, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT * FROM meeting WHERE unit_code = :unit AND starts_at >= :from AND starts_at < :to
				ORDER BY starts_at DESC, id DESC LIMIT 500
				""")
			.param("unit", unitCode).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query(this::read).list();
	}

	/** The grid's meetings starting in [from, to), the latest first. */
	List<Meeting> listForGrid(String layerCode, String gridCode, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT * FROM meeting WHERE layer_code = :layer AND grid_code = :grid AND starts_at >= :from
				  AND starts_at < :to
				ORDER BY starts_at DESC, id DESC LIMIT 500
				""")
			.param("layer", layerCode).param("grid", gridCode).param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to)).query(this::read).list();
	}

	/** The grids whose meeting the rule has called for the day. */
	List<String> gridsCalled(String ruleCode, LocalDate day) {
		return jdbc.sql("SELECT grid_code FROM meeting WHERE rule_code = ? AND rule_day = ? AND grid_code IS NOT NULL")
			.params(ruleCode, java.sql.Date.valueOf(day)).query(String.class).list();
	}

	private Meeting read(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		MeetingKind kind = MeetingKind.valueOf(rs.getString("kind"));
		Instant startsAt = rs.getTimestamp("starts_at").toInstant();
		Timestamp held = rs.getTimestamp("held_at");
		return new Meeting(id, rs.getString("unit_code"), rs.getString("layer_code"), rs.getString("grid_code"), kind,
				kind.nameZh(), rs.getString("title"), startsAt,
				startsAt.plus(rs.getInt("length_minutes"), ChronoUnit.MINUTES), rs.getString("called_by"),
				rs.getTimestamp("called_at").toInstant(), rs.getString("rule_code"), rs.getString("minutes"),
				MeetingRules.texts(rs.getArray("attendees")), held == null ? null : held.toInstant(),
				rs.getString("recorded_by"), agenda(id), decisions(id));
	}

	private List<Meeting.AgendaItem> agenda(long id) {
		return jdbc.sql("SELECT * FROM meeting_agenda_item WHERE meeting_id = ? ORDER BY position").param(id)
			.query((rs, row) -> {
				List<AgendaReason> reasons = new ArrayList<>();
				MeetingRules.texts(rs.getArray("reasons")).forEach(r -> reasons.add(AgendaReason.valueOf(r)));
				return new Meeting.AgendaItem(rs.getLong("case_id"), rs.getString("case_no"), reasons,
						rs.getString("description"));
			})
			.list();
	}

	private List<Meeting.Decision> decisions(long id) {
		return jdbc.sql("SELECT * FROM meeting_decision WHERE meeting_id = ? ORDER BY id").param(id)
			.query((rs, row) -> new Meeting.Decision(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_no"),
					rs.getString("action"), rs.getString("note"), rs.getString("decided_by"),
					rs.getTimestamp("decided_at").toInstant()))
			.list();
	}
}
