package org.onegrid.spotcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.UnitRuleFields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.Organisation;
import org.onegrid.people.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The district's position checks and spot checks of grid workers, kept as data, so that a district sets when and how
 * its workers are checked without a release. A rule is refused field by field; a caller changes only the rules of
 * units in their scope.
 */
@Service
public class SpotCheckRules {

	private static final String SELECT = "SELECT *, CAST(fixed_times AS text[]) AS times_text FROM spot_check_rule";

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Roles roles;

	private final WorkingCalendar calendar;

	SpotCheckRules(JdbcClient jdbc, Organisation organisation, Roles roles, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.roles = roles;
		this.calendar = calendar;
	}

	/** Every rule, by code, with its defaults filled in. */
	public List<SpotCheckRule> list() {
		return jdbc.sql(SELECT + " ORDER BY code").query(SpotCheckRules::read).list();
	}

	public Optional<SpotCheckRule> find(String code) {
		return jdbc.sql(SELECT + " WHERE code = ?").param(code).query(SpotCheckRules::read)
			.optional();
	}

	/** What is wrong with the rule stored under {@code code}, field by field; empty when nothing is. */
	public List<Violation> check(String code, SpotCheckRule rule) {
		return check(code, rule, organisation::exists, roles::exists);
	}

	/**
	 * What is wrong with the rule, field by field, where {@code knownUnit} and {@code knownRole} tell which units and
	 * roles exist (such as those a district profile is about to define as well).
	 */
	public List<Violation> check(String code, SpotCheckRule rule, Predicate<String> knownUnit,
			Predicate<String> knownRole) {
		List<Violation> violations = new ArrayList<>();
		UnitRuleFields.code(code, null, violations);
		UnitRuleFields.unit("unit", rule.unit(), "unit is the unit whose grid workers are checked", knownUnit,
				violations);
		UnitRuleFields.role("role", rule.role(), knownRole, violations);
		if (rule.times().stream().anyMatch(Objects::isNull) || new HashSet<>(rule.times()).size() < rule.times().size()
				|| rule.times().size() > 24) {
			violations.add(new Violation("times", "INVALID", "times are up to 24 different times of day, such as "
					+ "09:00"));
		}
		int random = rule.randomChecksPerDay() == null ? 0 : rule.randomChecksPerDay();
		if (random < 0 || random > 24) {
			violations.add(new Violation("randomChecksPerDay", "RANGE", "randomChecksPerDay is 0 to 24"));
		}
		else if (random == 0 && rule.times().isEmpty()) {
			violations.add(new Violation("times", "NO_CHECKS", "a rule checks at a fixed time or at random times "
					+ "at least once a day"));
		}
		if (rule.sampleSize() != null && (rule.sampleSize() < 1 || rule.sampleSize() > 10_000)) {
			violations.add(new Violation("sampleSize", "RANGE", "sampleSize is 1 to 10000, or absent for everyone"));
		}
		if (rule.toleranceMinutes() != null && (rule.toleranceMinutes() < 1 || rule.toleranceMinutes() > 1440)) {
			violations.add(new Violation("toleranceMinutes", "RANGE", "toleranceMinutes is 1 to 1440"));
		}
		if (rule.note() != null && rule.note().strip().length() > 500) {
			violations.add(new Violation("note", "SIZE", "note must be at most 500 characters"));
		}
		return violations;
	}

	/** Adds the rule or replaces it; refused field by field, and with 403 for a unit outside the caller's scope. */
	public SpotCheckRule put(String code, SpotCheckRule rule, Grant grant) {
		Fields.failIfAny(check(code, rule));
		grant.requireUnit(rule.unit().strip());
		find(code).ifPresent(stored -> grant.requireUnit(stored.unit()));
		jdbc.sql("""
				INSERT INTO spot_check_rule (code, unit_code, role_code, fixed_times, random_checks_per_day,
				  sample_size, tolerance_minutes, working_days_only, note, updated_at)
				VALUES (:code, :unit, :role, CAST(:times AS time[]), :random, :sample, :tolerance, :working, :note,
				  :now)
				ON CONFLICT (code) DO UPDATE SET unit_code = excluded.unit_code, role_code = excluded.role_code,
				  fixed_times = excluded.fixed_times, random_checks_per_day = excluded.random_checks_per_day,
				  sample_size = excluded.sample_size, tolerance_minutes = excluded.tolerance_minutes,
				  working_days_only = excluded.working_days_only, note = excluded.note, updated_at = excluded.updated_at
				""")
			.param("code", code).param("unit", rule.unit().strip()).param("role", Fields.blankToNull(rule.role()))
			.param("times", rule.times().stream().sorted().map(LocalTime::toString).toArray(String[]::new))
			.param("random", rule.randomChecksPerDay() == null ? 0 : rule.randomChecksPerDay())
			.param("sample", rule.sampleSize())
			.param("tolerance", rule.toleranceMinutes() == null ? 30 : rule.toleranceMinutes())
			.param("working", rule.workingDaysOnly() == null || rule.workingDaysOnly())
			.param("note", Fields.blankToNull(rule.note())).param("now", Timestamp.from(calendar.now()))
			.update();
		return find(code).orElseThrow();
	}

	/** Removes the rule; the checks it made stay on record. 404 when there is none. */
	public void delete(String code, Grant grant) {
		SpotCheckRule stored = find(code).orElseThrow(() -> ApiProblem.notFound("Spot check rule", code));
		grant.requireUnit(stored.unit());
		jdbc.sql("DELETE FROM spot_check_rule WHERE code = ?").param(code).update();
	}

	private static SpotCheckRule read(ResultSet rs, int row) throws SQLException {
		List<LocalTime> times = new ArrayList<>();
		for (Object time : (Object[]) rs.getArray("times_text").getArray()) {
			times.add(LocalTime.parse(time.toString()));
		}
		Object sample = rs.getObject("sample_size");
		return new SpotCheckRule(rs.getString("code"), rs.getString("unit_code"), rs.getString("role_code"), times,
				rs.getInt("random_checks_per_day"), sample == null ? null : ((Number) sample).intValue(),
				rs.getInt("tolerance_minutes"), rs.getBoolean("working_days_only"), rs.getString("note"));
	}
}
