package org.onegrid.api;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The fields every rule a unit keeps shares (its code, the unit, a role it narrows to), checked the same way
 * whichever rule it is, so that a district's administrator meets one wording for one mistake.
 */
public final class UnitRuleFields {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private UnitRuleFields() {
	}

	/**
	 * A rule code: 1 to 40 lower-case letters, digits and hyphens; not {@code reserved} either, the path word a rule's
	 * collection uses beside its codes (such as {@code shortfalls}), when one is given.
	 */
	public static void code(String code, String reserved, List<Violation> violations) {
		if (code == null || !CODE.matcher(code).matches() || code.equals(reserved)) {
			violations.add(new Violation("code", "PATTERN", "a rule code has 1 to 40 lower-case letters, digits and "
					+ "hyphens" + (reserved == null ? "" : ", and is not '" + reserved + "'")));
		}
	}

	/** The unit holding the rule: required, and known to {@code units}; {@code meaning} says what it is for. */
	public static void unit(String field, String value, String meaning, Predicate<String> units,
			List<Violation> violations) {
		String unit = Fields.blankToNull(value);
		if (unit == null) {
			violations.add(new Violation(field, "REQUIRED", meaning));
		}
		else if (!units.test(unit.strip())) {
			violations.add(new Violation(field, "UNKNOWN", "there is no unit '" + unit + "'"));
		}
	}

	/** A role the rule narrows to: optional, but known to {@code roles} when given. */
	public static void role(String field, String value, Predicate<String> roles, List<Violation> violations) {
		String role = Fields.blankToNull(value);
		if (role != null && !roles.test(role.strip())) {
			violations.add(new Violation(field, "UNKNOWN", "there is no role '" + role + "'"));
		}
	}
}
