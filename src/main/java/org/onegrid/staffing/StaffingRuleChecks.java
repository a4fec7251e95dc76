package org.onegrid.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.onegrid.api.Fields;
import org.onegrid.api.UnitRuleFields;
import org.onegrid.api.Violation;

/**
 * The checks of a staffing rule, every field at once: a code, a known unit (and department and duty when given), a
 * slot that ends after it starts on the same day, and minimums that fit each other.
 */
final class StaffingRuleChecks {

	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	static final int MOST_STAFF = 500;

	private StaffingRuleChecks() {
	}

	static List<Violation> check(String code, StaffingRuleDefinition rule, StaffingRules.References known) {
		List<Violation> violations = new ArrayList<>();
		UnitRuleFields.code(code, "shortfalls", violations);
		UnitRuleFields.unit("unitCode", rule.unitCode(), "unitCode (the unit whose roster counts) is required",
				known::unit, violations);
		String department = Fields.blankToNull(rule.departmentCode());
		if (department != null && !known.department(department)) {
			violations.add(new Violation("departmentCode", "UNKNOWN", "there is no department '" + department + "'"));
		}
		UnitRuleFields.role("duty", rule.duty(), known::role, violations);
		if (rule.start() == null || rule.end() == null) {
			violations.add(new Violation(rule.start() == null ? "start" : "end", "REQUIRED",
					"a slot needs start and end, times of day such as 08:00 and 17:00"));
		}
		else if (!rule.end().isAfter(rule.start())) {
			violations.add(new Violation("end", "OUT_OF_RANGE", "the slot ends after it starts, on the same day"));
		}
		Integer staff = rule.minimumStaff();
		if (staff == null) {
			violations.add(new Violation("minimumStaff", "REQUIRED", "minimumStaff is required"));
		}
		else if (staff < 1 || staff > MOST_STAFF) {
			violations.add(new Violation("minimumStaff", "OUT_OF_RANGE", "minimumStaff is 1 to " + MOST_STAFF));
		}
		qualification(rule, staff, violations);
		return violations;
	}

	private static void qualification(StaffingRuleDefinition rule, Integer staff, List<Violation> violations) {
		String qualification = Fields.blankToNull(rule.qualification());
		Integer qualified = rule.minimumQualified();
		if (qualification != null && !CODE.matcher(qualification).matches()) {
			violations.add(new Violation("qualification", "PATTERN", "a qualification code has 1 to 40 lower-case "
					+ "letters, digits and hyphens, such as enforcement"));
		}
		if (qualified == null) {
			return;
		}
		if (qualification == null && qualified > 0) {
			violations.add(new Violation("minimumQualified", "REQUIRED_QUALIFICATION",
					"minimumQualified counts the people holding a qualification: name it in qualification"));
		}
		else if (qualified < 0) {
			violations.add(new Violation("minimumQualified", "OUT_OF_RANGE", "minimumQualified is 0 or more"));
		}
		else if (staff != null && qualified > staff) {
			violations.add(new Violation("minimumQualified", "OUT_OF_RANGE",
					"minimumQualified (" + qualified + ") cannot exceed minimumStaff (" + staff + ")"));
		}
	}

	/** The minimum of qualified people the rule means: as given, else 1 with a qualification and 0 without. */
	static int minimumQualified(StaffingRuleDefinition rule) {
		if (rule.minimumQualified() != null) {
			return rule.minimumQualified();
		}
		return Fields.blankToNull(rule.qualification()) == null ? 0 : 1;
	}
}
