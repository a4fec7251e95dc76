package org.onegrid.catalogue;

import org.onegrid.api.Fields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingDuration;
import org.onegrid.calendar.WorkingDuration.Unit;
import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;

/**
 * Turns a {@link MinorClassDefinition} into a {@link MinorClass}, collecting every violation on the way: code format,
 * names, conditions, department code, and limits that are positive, within the cap, not repeated and complete (every
 * stage has a limit for every area class).
 */
final class MinorClassCheck {

	static final Pattern CODE = Pattern.compile("[0-9]{4}");

	private final int maxWorkingDays;

	private final int maxWorkingHours;

	MinorClassCheck(int maxWorkingDays, int maxWorkingHours) {
		this.maxWorkingDays = maxWorkingDays;
		this.maxWorkingHours = maxWorkingHours;
	}

	/** The minor class, or {@code null} when {@code violations} gained an entry. */
	MinorClass check(MinorClassDefinition definition, List<Violation> violations) {
		int before = violations.size();
		Kind kind = Fields.oneOf(Kind.class, definition.kind(), "kind", true, violations);
		String code = definition.code() == null ? "" : definition.code().strip();
		if (!CODE.matcher(code).matches()) {
			violations.add(new Violation("code", "PATTERN", "a minor class code is 4 digits, such as 0101"));
		}
		Fields.text(definition.nameZh(), "nameZh", Fields.MAX_NAME, violations);
		Fields.text(definition.nameEn(), "nameEn", Fields.MAX_NAME, violations);
		Fields.text(definition.filingCondition(), "filingCondition", Fields.MAX_TEXT, violations);
		Fields.text(definition.closingCondition(), "closingCondition", Fields.MAX_TEXT, violations);
		String department = Fields.blankToNull(definition.defaultDepartment());
		Fields.department(department, "defaultDepartment", violations);
		List<TimeLimit> limits = limits(definition.timeLimits(), "timeLimits", true, violations);
		if (violations.size() > before) {
			return null;
		}
		return new MinorClass(kind, code, definition.nameZh().strip(), definition.nameEn().strip(),
				definition.filingCondition().strip(), definition.closingCondition().strip(), department, limits);
	}

	/**
	 * The limits at {@code path}, each positive, within the cap and not repeated; {@code complete} when every stage
	 * needs one for every area class, as a class of the catalogue does, and otherwise one limit per stage for every
	 * area class, as a district's own limits are.
	 */
	List<TimeLimit> limits(List<LimitDefinition> definitions, String path, boolean complete,
			List<Violation> violations) {
		List<TimeLimit> limits = new ArrayList<>();
		if (definitions == null || definitions.isEmpty()) {
			violations.add(new Violation(path, "REQUIRED", complete ? "every stage needs a time limit"
					: "name at least one stage's time limit"));
			return limits;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < definitions.size(); i++) {
			String field = path + "[" + i + "]";
			LimitDefinition definition = definitions.get(i);
			if (definition == null) {
				violations.add(new Violation(field, "REQUIRED", "a time limit is required"));
				continue;
			}
			Stage stage = Fields.oneOf(Stage.class, definition.stage(), field + ".stage", true, violations);
			AreaClass area = Fields.oneOf(AreaClass.class, definition.areaClass(), field + ".areaClass", false,
					violations);
			if (area != null && !complete) {
				violations.add(new Violation(field + ".areaClass", "NOT_SUPPORTED", "a district's own limit holds in "
						+ "every area class; leave areaClass out"));
			}
			Unit unit = Fields.oneOf(Unit.class, definition.unit(), field + ".unit", true, violations);
			WorkingDuration limit = duration(definition.amount(), unit, field + ".amount", violations);
			if (stage != null && !seen.add(stage + "/" + area)) {
				violations.add(new Violation(field, "DUPLICATE",
						stage + " already has a limit for " + (area == null ? "every area class" : "area class " + area)));
			}
			if (stage != null && limit != null) {
				limits.add(new TimeLimit(stage, area, limit));
			}
		}
		for (Stage stage : complete ? Stage.values() : new Stage[0]) {
			for (AreaClass area : AreaClass.values()) {
				if (!seen.contains(stage + "/null") && !seen.contains(stage + "/" + area)) {
					violations.add(new Violation(path, "INCOMPLETE",
							stage + " has no limit for area class " + area + "; add one for it or for every area class"));
				}
			}
		}
		return limits;
	}

	private WorkingDuration duration(Integer amount, Unit unit, String field, List<Violation> violations) {
		if (amount == null) {
			violations.add(new Violation(field, "REQUIRED", field + " is required"));
			return null;
		}
		if (amount < 1) {
			violations.add(new Violation(field, "OUT_OF_RANGE", "a time limit must be positive"));
			return null;
		}
		if (unit == null) {
			return null;
		}
		int max = unit == Unit.DAYS ? maxWorkingDays : maxWorkingHours;
		if (amount > max) {
			violations.add(new Violation(field, "OVER_CAP", "a time limit may not exceed " + maxWorkingDays
					+ " working days (" + max + " working " + unit.name().toLowerCase() + ")"));
			return null;
		}
		return new WorkingDuration(amount, unit);
	}
}
