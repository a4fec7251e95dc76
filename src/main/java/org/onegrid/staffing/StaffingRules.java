package org.onegrid.staffing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.DepartmentDirectory;
import org.onegrid.people.Organisation;
import org.onegrid.people.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units' staffing rules, kept as data, so that a district states the minimums its plan sets for each unit's
 * roster without a release. A rule is checked whole and refused field by field; nothing is written then.
 */
@Service
public class StaffingRules {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final References installation;

	StaffingRules(JdbcClient jdbc, WorkingCalendar calendar, Organisation organisation,
			DepartmentDirectory departments, Roles roles) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.installation = new References() {

			@Override
			public boolean unit(String code) {
				return organisation.exists(code);
			}

			@Override
			public boolean department(String code) {
				return departments.isDepartment(code);
			}

			@Override
			public boolean role(String code) {
				return roles.exists(code);
			}
		};
	}

	/** What a rule may name: the installation's units, departments and roles, or those a profile adds to them. */
	public interface References {

		boolean unit(String code);

		boolean department(String code);

		boolean role(String code);
	}

	/** Every rule, by code. */
	public List<StaffingRule> list() {
		return jdbc.sql("SELECT * FROM staffing_rule ORDER BY code").query(StaffingRules::read).list();
	}

	public Optional<StaffingRule> find(String code) {
		return jdbc.sql("SELECT * FROM staffing_rule WHERE code = ?").param(code).query(StaffingRules::read)
			.optional();
	}

	/** @throws ApiProblem 404 when there is no such rule */
	public StaffingRule get(String code) {
		return find(code).orElseThrow(() -> ApiProblem.notFound("Staffing rule", code));
	}

	/** The problems of a rule naming only what {@code known} holds; none when it may be written. */
	public List<Violation> check(String code, StaffingRuleDefinition rule, References known) {
		return StaffingRuleChecks.check(code, rule, known);
	}

	/** Adds the rule or replaces it; answers whether it was new. 400 listing every problem of the rule. */
	@Transactional
	public boolean put(String code, StaffingRuleDefinition rule) {
		Fields.failIfAny(check(code, rule, installation));
		boolean created = find(code).isEmpty();
		jdbc.sql("""
				INSERT INTO staffing_rule (code, unit_code, department_code, duty, start_time, end_time,
				  working_days_only, minimum_staff, qualification, minimum_qualified, updated_at)
				VALUES (:code, :unit, :department, :duty, :start, :end, :working, :staff, :qualification, :qualified,
				  :now)
				ON CONFLICT (code) DO UPDATE SET unit_code = excluded.unit_code,
				  department_code = excluded.department_code, duty = excluded.duty, start_time = excluded.start_time,
				  end_time = excluded.end_time, working_days_only = excluded.working_days_only,
				  minimum_staff = excluded.minimum_staff, qualification = excluded.qualification,
				  minimum_qualified = excluded.minimum_qualified, updated_at = excluded.updated_at
				""")
			.param("code", code).param("unit", rule.unitCode().strip())
			.param("department", Fields.blankToNull(rule.departmentCode()))
			.param("duty", Fields.blankToNull(rule.duty())).param("start", Time.valueOf(rule.start()))
			.param("end", Time.valueOf(rule.end()))
			.param("working", rule.workingDaysOnly() == null || rule.workingDaysOnly())
			.param("staff", rule.minimumStaff()).param("qualification", Fields.blankToNull(rule.qualification()))
			.param("qualified", StaffingRuleChecks.minimumQualified(rule))
			.param("now", Timestamp.from(calendar.now()))
			.update();
		return created;
	}

	/** Whether the stored rule says what the definition says. */
	public boolean same(StaffingRule stored, StaffingRuleDefinition rule) {
		return stored.equals(new StaffingRule(stored.code(), Fields.blankToNull(rule.unitCode()),
				Fields.blankToNull(rule.departmentCode()), Fields.blankToNull(rule.duty()), rule.start(), rule.end(),
				rule.workingDaysOnly() == null || rule.workingDaysOnly(),
				rule.minimumStaff() == null ? 0 : rule.minimumStaff(), Fields.blankToNull(rule.qualification()),
				StaffingRuleChecks.minimumQualified(rule)));
	}

	/** Removes the rule; 404 when there is none. */
	public void delete(String code) {
		if (jdbc.sql("DELETE FROM staffing_rule WHERE code = ?").param(code).update() == 0) {
			throw ApiProblem.notFound("Staffing rule", code);
		}
	}

	private static StaffingRule read(ResultSet rs, int row) throws SQLException {
		return new StaffingRule(rs.getString("code"), rs.getString("unit_code"), rs.getString("department_code"),
				rs.getString("duty"), rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(),
				rs.getBoolean("working_days_only"), rs.getInt("minimum_staff"), rs.getString("qualification"),
				rs.getInt("minimum_qualified"));
	}
}
