package org.onegrid.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.Organisation;
import org.onegrid.people.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The standing meetings of units and of grid levels, kept as data, so that a district writes down its own 会商 and
 * 例会 (which unit, or which level of grids, how often, who may call them, what they take up) without a release, and
 * they sit without someone remembering them. A rule's code names one holder's rule only.
 */
@Service
public class MeetingRules {

	private final JdbcClient jdbc;

	private final MeetingRuleChecks checks;

	private final Organisation organisation;

	private final Roles roles;

	private final WorkingCalendar calendar;

	MeetingRules(JdbcClient jdbc, MeetingRuleChecks checks, Organisation organisation, Roles roles,
			WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.checks = checks;
		this.organisation = organisation;
		this.roles = roles;
		this.calendar = calendar;
	}

	/** Every rule, of units and of grid levels, or the unit's when {@code unitCode} is given, by code. */
	public List<MeetingRule> list(String unitCode) {
		return jdbc.sql("SELECT * FROM meeting_rule WHERE CAST(:unit AS text) IS NULL OR unit_code = :unit ORDER BY code")
			.param("unit", unitCode).query(MeetingRules::read).list();
	}

	public Optional<MeetingRule> find(String code) {
		return jdbc.sql("SELECT * FROM meeting_rule WHERE code = ?").param(code).query(MeetingRules::read).optional();
	}

	/**
	 * What is wrong with the rule, field by field, with {@code roleExists} saying which role codes may call it (the
	 * installation's roles, or also those a profile is about to define).
	 */
	public List<Violation> check(String code, MeetingRule rule, Predicate<String> roleExists) {
		return checks.check(code, rule, roleExists);
	}

	/** The rule as it is stored: defaults filled in, names of constants in capitals, a level by its name. */
	public MeetingRule normalised(String code, String unitCode, MeetingRule rule) {
		return checks.normalised(code, unitCode, rule);
	}

	/** Adds the unit's rule or replaces it, refused field by field; 409 when the code is another holder's rule. */
	public MeetingRule put(String unitCode, String code, MeetingRule rule) {
		if (!organisation.exists(unitCode)) {
			throw ApiProblem.notFound("Unit", unitCode);
		}
		Fields.failIfAny(check(code, rule, roles::exists));
		return store(code, normalised(code, unitCode, rule));
	}

	/** Stores the normalised rule; 409 when its code is the rule of another unit or grid level. */
	MeetingRule store(String code, MeetingRule stored) {
		find(code).filter(other -> !Objects.equals(other.unitCode(), stored.unitCode())
				|| !Objects.equals(other.grid(), stored.grid())).ifPresent(other -> {
					throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "Meeting rule " + code + " belongs to "
							+ (other.unitCode() != null ? "unit " + other.unitCode() : "the grids of level "
									+ other.grid().level() + " of layer " + other.grid().layer()));
				});
		jdbc.sql("""
				INSERT INTO meeting_rule (code, unit_code, layer_code, level_name, kind, name, cadence, working_day,
				  at_time, length_minutes, caller_roles, agenda, updated_at)
				VALUES (:code, :unit, :layer, :level, :kind, :name, :cadence, :day, :at, :length, :callers, :agenda, :now)
				ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name, cadence = excluded.cadence,
				  working_day = excluded.working_day, at_time = excluded.at_time,
				  length_minutes = excluded.length_minutes, caller_roles = excluded.caller_roles,
				  agenda = excluded.agenda, updated_at = excluded.updated_at
				""")
			.param("code", code).param("unit", stored.unitCode())
			.param("layer", stored.grid() == null ? null : stored.grid().layer())
			.param("level", stored.grid() == null ? null : stored.grid().level()).param("kind", stored.kind())
			.param("name", stored.name()).param("cadence", stored.cadence()).param("day", stored.workingDay())
			.param("at", Time.valueOf(stored.at())).param("length", stored.lengthMinutes())
			.param("callers", stored.callerRoles().toArray(String[]::new))
			.param("agenda", stored.agenda().toArray(String[]::new)).param("now", Timestamp.from(calendar.now()))
			.update();
		return find(code).orElseThrow();
	}

	/** Removes the unit's rule; the meetings it called stay on record. 404 when the unit has no such rule. */
	public void delete(String unitCode, String code) {
		if (jdbc.sql("DELETE FROM meeting_rule WHERE code = ? AND unit_code = ?").params(code, unitCode)
			.update() == 0) {
			throw ApiProblem.notFound("Meeting rule", code);
		}
	}

	static MeetingRule read(ResultSet rs, int row) throws SQLException {
		String layer = rs.getString("layer_code");
		return new MeetingRule(rs.getString("code"), rs.getString("unit_code"),
				layer == null ? null : new MeetingRule.GridLevel(layer, rs.getString("level_name")), rs.getString("kind"),
				rs.getString("name"), rs.getString("cadence"), rs.getInt("working_day"),
				rs.getTime("at_time").toLocalTime(), rs.getInt("length_minutes"), texts(rs.getArray("caller_roles")),
				texts(rs.getArray("agenda")));
	}

	static List<String> texts(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
