package org.onegrid.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.onegrid.people.DutyShift;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored duty shifts.
 */
@Repository
public class Shifts {

	private static final String SELECT = """
			SELECT s.*, p.name AS person_name FROM duty_shift s JOIN person p ON p.id = s.person_id
			""";

	private final JdbcClient jdbc;

	Shifts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit's shifts that overlap {@code [from, to)}, by start. */
	public List<DutyShift> ofUnit(String unit, Instant from, Instant to) {
		return jdbc.sql(SELECT + " WHERE s.unit_code = ? AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at, s.id")
			.params(unit, utc(to), utc(from))
			.query(Shifts::map)
			.list();
	}

	/** The person's shifts, in any unit, that overlap {@code [from, to)}. */
	public List<DutyShift> ofPerson(long personId, Instant from, Instant to) {
		return jdbc.sql(SELECT + " WHERE s.person_id = ? AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at")
			.params(personId, utc(to), utc(from))
			.query(Shifts::map)
			.list();
	}

	public long add(String unit, long personId, String duty, Instant start, Instant end) {
		return jdbc.sql("""
				INSERT INTO duty_shift (unit_code, person_id, duty, starts_at, ends_at) VALUES (?, ?, ?, ?, ?)
				RETURNING id
				""").params(unit, personId, duty, utc(start), utc(end)).query(Long.class).single();
	}

	/** Deletes the unit's shift; false when the unit has no such shift. */
	public boolean delete(String unitCode, long id) {
		return jdbc.sql("DELETE FROM duty_shift WHERE id = ? AND unit_code = ?").params(id, unitCode).update() > 0;
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static DutyShift map(ResultSet rs, int row) throws SQLException {
		return new DutyShift(rs.getLong("id"), rs.getString("unit_code"), rs.getLong("person_id"),
				rs.getString("person_name"), rs.getString("duty"),
				rs.getObject("starts_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("ends_at", java.time.OffsetDateTime.class).toInstant());
	}
}
