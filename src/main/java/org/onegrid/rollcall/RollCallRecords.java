package org.onegrid.rollcall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.onegrid.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored roll calls, read with each line's status as of now: present within the window, late after it, absent
 * once it closed without an answer, waiting while it is open.
 */
@Repository
class RollCallRecords {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	RollCallRecords(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The roll call with everyone called. */
	Optional<RollCall> get(long id) {
		Optional<RollCall> found = jdbc.sql(SUMMARY + " WHERE rc.id = :id GROUP BY rc.id").param("id", id)
			.param("now", Timestamp.from(calendar.now())).query(RollCallRecords::summary).optional();
		if (found.isEmpty()) {
			return found;
		}
		RollCall call = found.get();
		List<Attendee> attendees = jdbc.sql("""
				SELECT p.person_id, p.person_name, p.answered_at, """ + STATUS + """
				FROM roll_call_person p JOIN roll_call rc ON rc.id = p.roll_call_id
				WHERE p.roll_call_id = :id ORDER BY p.person_name, p.person_id
				""").param("id", id).param("now", Timestamp.from(calendar.now()))
			.query((rs, row) -> new Attendee(rs.getLong("person_id"), rs.getString("person_name"),
					instant(rs, "answered_at"), rs.getString("status")))
			.list();
		return Optional.of(new RollCall(call.id(), call.unitCode(), call.role(), call.calledBy(), call.calledAt(),
				call.answerBy(), call.note(), call.called(), call.present(), call.late(), call.absent(),
				call.waiting(), attendees));
	}

	/** The unit's roll calls called in [from, to), newest first, with their counts. */
	List<RollCall> list(String unitCode, Instant from, Instant to) {
		return jdbc.sql(SUMMARY + """
				 WHERE rc.unit_code = :unit AND rc.called_at >= :from AND rc.called_at < :to
				GROUP BY rc.id ORDER BY rc.called_at DESC, rc.id DESC LIMIT 500
				""").param("unit", unitCode).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("now", Timestamp.from(calendar.now())).query(RollCallRecords::summary).list();
	}

	/** The roll calls of the last seven days that called the caller, newest first, each with the caller's own line. */
	List<RollCall> mine(long personId) {
		Instant now = calendar.now();
		return jdbc.sql("""
				SELECT rc.*, p.person_id, p.person_name, p.answered_at, """ + STATUS + """
				FROM roll_call rc JOIN roll_call_person p ON p.roll_call_id = rc.id
				WHERE p.person_id = :person AND rc.called_at >= :since AND rc.called_at <= :now
				ORDER BY rc.called_at DESC, rc.id DESC
				""").param("person", personId).param("since", Timestamp.from(now.minus(Duration.ofDays(7))))
			.param("now", Timestamp.from(now))
			.query((rs, row) -> {
				String status = rs.getString("status");
				return new RollCall(rs.getLong("id"), rs.getString("unit_code"), rs.getString("role_code"),
						rs.getString("called_by"), instant(rs, "called_at"), instant(rs, "answer_by"),
						rs.getString("note"), 1, count(status, "PRESENT"), count(status, "LATE"),
						count(status, "ABSENT"), count(status, "WAITING"), List.of(new Attendee(rs.getLong("person_id"),
								rs.getString("person_name"), instant(rs, "answered_at"), status)));
			})
			.list();
	}

	/** Each person's roll calls at the unit in the month (in the district's zone), by name. */
	List<AttendanceRow> attendance(String unitCode, YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(calendar.zone()).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant();
		return jdbc.sql("""
				SELECT person_id, person_name, count(*) AS called,
				  count(*) FILTER (WHERE status = 'PRESENT') AS present,
				  count(*) FILTER (WHERE status = 'LATE') AS late,
				  count(*) FILTER (WHERE status = 'ABSENT') AS absent
				FROM (SELECT p.person_id, p.person_name, """ + STATUS + """
				      FROM roll_call rc JOIN roll_call_person p ON p.roll_call_id = rc.id
				      WHERE rc.unit_code = :unit AND rc.called_at >= :from AND rc.called_at < :to) lines
				GROUP BY person_id, person_name ORDER BY person_name, person_id
				""").param("unit", unitCode).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("now", Timestamp.from(calendar.now()))
			.query((rs, row) -> new AttendanceRow(rs.getLong("person_id"), rs.getString("person_name"),
					rs.getInt("called"), rs.getInt("present"), rs.getInt("late"), rs.getInt("absent")))
			.list();
	}

	private static final String STATUS = """
			CASE WHEN p.answered_at IS NOT NULL AND p.answered_at <= rc.answer_by THEN 'PRESENT'
			     WHEN p.answered_at IS NOT NULL THEN 'LATE'
			     WHEN :now > rc.answer_by THEN 'ABSENT' ELSE 'WAITING' END AS status
			""";

	private static final String SUMMARY = """
			SELECT rc.id, rc.unit_code, rc.role_code, rc.called_by, rc.called_at, rc.answer_by, rc.note,
			  count(*) AS called,
			  count(*) FILTER (WHERE p.answered_at <= rc.answer_by) AS present,
			  count(*) FILTER (WHERE p.answered_at > rc.answer_by) AS late,
			  count(*) FILTER (WHERE p.answered_at IS NULL AND :now > rc.answer_by) AS absent,
			  count(*) FILTER (WHERE p.answered_at IS NULL AND :now <= rc.answer_by) AS waiting
			FROM roll_call rc JOIN roll_call_person p ON p.roll_call_id = rc.id
			""";

	private static RollCall summary(ResultSet rs, int row) throws SQLException {
		return new RollCall(rs.getLong("id"), rs.getString("unit_code"), rs.getString("role_code"),
				rs.getString("called_by"), instant(rs, "called_at"), instant(rs, "answer_by"), rs.getString("note"),
				rs.getInt("called"), rs.getInt("present"), rs.getInt("late"), rs.getInt("absent"),
				rs.getInt("waiting"), List.of());
	}

	private static int count(String status, String wanted) {
		return status.equals(wanted) ? 1 : 0;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
