package org.onegrid.patrolrule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.UnitRuleFields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.Organisation;
import org.onegrid.people.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units' patrol minimums, kept as data, so that a district states how often its plan has grid workers patrol
 * without a release. A rule is checked whole and refused field by field; nothing is written then.
 */
@Service
public class PatrolRules {

	private static final int LONGEST_NOTE = 500;

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Organisation organisation;

	private final Roles roles;

	PatrolRules(JdbcClient jdbc, WorkingCalendar calendar, Organisation organisation, Roles roles) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.organisation = organisation;
		this.roles = roles;
	}

	/** Every rule, by code. */
	public List<PatrolRule> list() {
		return jdbc.sql("SELECT * FROM patrol_rule ORDER BY code").query(PatrolRules::read).list();
	}

	public Optional<PatrolRule> find(String code) {
		return jdbc.sql("SELECT * FROM patrol_rule WHERE code = ?").param(code).query(PatrolRules::read).optional();
	}

	/** @throws ApiProblem 404 when there is no such rule */
	public PatrolRule get(String code) {
		return find(code).orElseThrow(() -> ApiProblem.notFound("Patrol rule", code));
	}

	/** The problems of a rule naming only the units and roles the predicates know; none when it may be written. */
	public List<Violation> check(String code, PatrolRuleDefinition rule, Predicate<String> units,
			Predicate<String> knownRoles) {
		List<Violation> violations = new ArrayList<>();
		UnitRuleFields.code(code, "shortfalls", violations);
		UnitRuleFields.unit("unitCode", rule.unitCode(), "unitCode (whose grid workers patrol) is required", units,
				violations);
		UnitRuleFields.role("role", rule.role(), knownRoles, violations);
		Integer days = rule.minimumDaysPerWeek();
		if (days == null) {
			violations.add(new Violation("minimumDaysPerWeek", "REQUIRED", "minimumDaysPerWeek is required"));
		}
		else if (days < 1 || days > 7) {
			violations.add(new Violation("minimumDaysPerWeek", "OUT_OF_RANGE", "minimumDaysPerWeek is 1 to 7"));
		}
		if (rule.note() != null && rule.note().length() > LONGEST_NOTE) {
			violations.add(new Violation("note", "TOO_LONG", "a note has at most " + LONGEST_NOTE + " characters"));
		}
		return violations;
	}

	/** Adds the rule or replaces it; answers whether it was new. 400 listing every problem of the rule. */
	@Transactional
	public boolean put(String code, PatrolRuleDefinition rule) {
		Fields.failIfAny(check(code, rule, organisation::exists, roles::exists));
		boolean created = find(code).isEmpty();
		jdbc.sql("""
				INSERT INTO patrol_rule (code, unit_code, role, minimum_days_per_week, note, updated_at)
				VALUES (:code, :unit, :role, :days, :note, :now)
				ON CONFLICT (code) DO UPDATE SET unit_code = excluded.unit_code, role = excluded.role,
				  minimum_days_per_week = excluded.minimum_days_per_week, note = excluded.note,
				  updated_at = excluded.updated_at
				""")
			.param("code", code).param("unit", rule.unitCode().strip()).param("role", Fields.blankToNull(rule.role()))
			.param("days", rule.minimumDaysPerWeek()).param("note", Fields.blankToNull(rule.note()))
			.param("now", Timestamp.from(calendar.now()))
			.update();
		return created;
	}

	/** Whether the stored rule says what the definition says. */
	public boolean same(PatrolRule stored, PatrolRuleDefinition rule) {
		return stored.unitCode().equals(Fields.blankToNull(rule.unitCode()))
				&& Objects.equals(stored.role(), Fields.blankToNull(rule.role()))
				&& Objects.equals(stored.minimumDaysPerWeek(), rule.minimumDaysPerWeek())
				&& Objects.equals(stored.note(), Fields.blankToNull(rule.note()));
	}

	/** Removes the rule; 404 when there is none. */
	public void delete(String code) {
		if (jdbc.sql("DELETE FROM patrol_rule WHERE code = ?").param(code).update() == 0) {
			throw ApiProblem.notFound("Patrol rule", code);
		}
	}

	private static PatrolRule read(ResultSet rs, int row) throws SQLException {
		return new PatrolRule(rs.getString("code"), rs.getString("unit_code"), rs.getString("role"),
				rs.getInt("minimum_days_per_week"), rs.getString("note"));
	}
}
