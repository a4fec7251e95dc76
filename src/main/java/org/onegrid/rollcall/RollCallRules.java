package org.onegrid.rollcall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The units' standing roll calls, kept as data, so that a district sets its daily roll calls (such as the morning
 * roll of the officers at each station) without a release and without someone remembering to call them.
 */
@Service
public class RollCallRules {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final JdbcClient jdbc;

	private final RollCalls rollCalls;

	private final WorkingCalendar calendar;

	RollCallRules(JdbcClient jdbc, RollCalls rollCalls, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.rollCalls = rollCalls;
		this.calendar = calendar;
	}

	/** Every rule, or the unit's when {@code unitCode} is given, by code. */
	public List<RollCallRule> list(String unitCode) {
		return jdbc.sql("SELECT * FROM roll_call_rule WHERE CAST(:unit AS text) IS NULL OR unit_code = :unit ORDER BY code")
			.param("unit", unitCode).query(RollCallRules::read).list();
	}

	/** Adds the unit's rule or replaces it, refused field by field; 409 when the code is another unit's rule. */
	public RollCallRule put(String unitCode, String code, RollCallRule rule) {
		List<Violation> violations = rollCalls.check(rule.role(), rule.minutes(), rule.note());
		if (code == null || !CODE.matcher(code).matches()) {
			violations.add(0, new Violation("code", "PATTERN", "a rule code has 1 to 40 lower-case letters, digits "
					+ "and hyphens"));
		}
		if (rule.at() == null) {
			violations.add(new Violation("at", "REQUIRED", "at is the time of day, such as 08:30"));
		}
		else if (rule.minutes() != null && rule.minutes() > 0
				&& rule.at().plusMinutes(rule.minutes()).isBefore(rule.at())) {
			violations.add(new Violation("minutes", "PAST_MIDNIGHT", "a standing roll call's window ends by midnight"));
		}
		Fields.failIfAny(violations);
		list(null).stream().filter(other -> other.code().equals(code) && !other.unitCode().equals(unitCode))
			.findFirst().ifPresent(other -> {
				throw new ApiProblem(org.springframework.http.HttpStatus.CONFLICT, "conflict", "Rule " + code
						+ " belongs to unit " + other.unitCode());
			});
		jdbc.sql("""
				INSERT INTO roll_call_rule (code, unit_code, role_code, at_time, minutes, working_days_only, note,
				  updated_at)
				VALUES (:code, :unit, :role, :at, :minutes, :working, :note, :now)
				ON CONFLICT (code) DO UPDATE SET role_code = excluded.role_code, at_time = excluded.at_time,
				  minutes = excluded.minutes, working_days_only = excluded.working_days_only, note = excluded.note,
				  updated_at = excluded.updated_at
				""")
			.param("code", code).param("unit", unitCode).param("role", Fields.blankToNull(rule.role()))
			.param("at", Time.valueOf(rule.at())).param("minutes", rule.minutes() == null ? 15 : rule.minutes())
			.param("working", rule.workingDaysOnly() == null || rule.workingDaysOnly())
			.param("note", Fields.blankToNull(rule.note())).param("now", Timestamp.from(calendar.now()))
			.update();
		return list(unitCode).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	/** Removes the unit's rule; the roll calls it made stay on record. 404 when the unit has no such rule. */
	public void delete(String unitCode, String code) {
		if (jdbc.sql("DELETE FROM roll_call_rule WHERE code = ? AND unit_code = ?").params(code, unitCode)
			.update() == 0) {
			throw ApiProblem.notFound("Roll call rule", code);
		}
	}

	private static RollCallRule read(ResultSet rs, int row) throws SQLException {
		return new RollCallRule(rs.getString("code"), rs.getString("unit_code"), rs.getString("role_code"),
				rs.getTime("at_time").toLocalTime(), rs.getInt("minutes"), rs.getBoolean("working_days_only"),
				rs.getString("note"));
	}
}
