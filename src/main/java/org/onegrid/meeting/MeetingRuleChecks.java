package org.onegrid.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.GridLayers;
import org.springframework.stereotype.Component;

/**
 * What a standing meeting's rule must say before it is kept, field by field, and the one form it is kept in
 * (defaults filled in, constants in capitals, a grid level by its name), so that a rule put through the API and the
 * same rule read from a profile compare equal.
 */
@Component
class MeetingRuleChecks {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final GridLayers layers;

	MeetingRuleChecks(GridLayers layers) {
		this.layers = layers;
	}

	/** What is wrong with the rule, field by field, with {@code roleExists} saying which role codes may call it. */
	List<Violation> check(String code, MeetingRule rule, Predicate<String> roleExists) {
		List<Violation> violations = new ArrayList<>();
		if (code == null || !CODE.matcher(code).matches()) {
			violations.add(new Violation("code", "PATTERN", "a rule code has 1 to 40 lower-case letters, digits and "
					+ "hyphens"));
		}
		Fields.oneOf(MeetingKind.class, rule.kind(), "kind", true, violations);
		Fields.text(rule.name(), "name", Fields.MAX_NAME, violations);
		Cadence cadence = Fields.oneOf(Cadence.class, rule.cadence(), "cadence", true, violations);
		int day = rule.workingDay() == null ? 1 : rule.workingDay();
		if (cadence != null && (day < 1 || day > cadence.maxWorkingDay())) {
			violations.add(new Violation("workingDay", "RANGE", "a " + cadence.name().toLowerCase()
					+ " meeting sits on working day 1 to " + cadence.maxWorkingDay() + " of its period"));
		}
		if (rule.at() == null) {
			violations.add(new Violation("at", "REQUIRED", "at is the time of day, such as 09:00"));
		}
		MeetingTimes.checkLength(rule.lengthMinutes(), rule.at(), violations);
		List<String> callers = rule.callerRoles() == null ? List.of() : rule.callerRoles();
		if (callers.isEmpty()) {
			violations.add(new Violation("callerRoles", "REQUIRED", "name the roles that may call the meeting"));
		}
		callers.stream().filter(role -> role == null || !roleExists.test(role.strip())).forEach(role -> violations
			.add(new Violation("callerRoles", "UNKNOWN", "there is no role '" + role + "'")));
		for (String reason : rule.agenda() == null ? List.<String>of() : rule.agenda()) {
			Fields.oneOf(AgendaReason.class, reason, "agenda", true, violations);
		}
		return violations;
	}

	/** The rule as it is stored: defaults filled in, names of constants in capitals, a level by its name. */
	MeetingRule normalised(String code, String unitCode, MeetingRule rule) {
		List<String> agenda = rule.agenda() == null || rule.agenda().isEmpty()
				? Arrays.stream(AgendaReason.values()).map(Enum::name).toList()
				: rule.agenda().stream().map(Fields::upper).distinct().toList();
		MeetingRule.GridLevel grid = unitCode != null || rule.grid() == null ? null : levelOf(rule.grid());
		return new MeetingRule(code, unitCode, grid, Fields.upper(rule.kind()), rule.name().strip(),
				Fields.upper(rule.cadence()), rule.workingDay() == null ? 1 : rule.workingDay(), rule.at(),
				rule.lengthMinutes() == null ? 60 : rule.lengthMinutes(),
				rule.callerRoles().stream().map(String::strip).distinct().toList(), agenda);
	}

	/** The level's name in the layer, given by name or by number from 0; {@code null} when it has no such level. */
	static String levelName(GridLayer layer, String level) {
		String text = level == null ? "" : level.strip();
		int index = layer.levelNames().indexOf(text);
		if (index < 0 && text.matches("\\d{1,2}")) {
			index = Integer.parseInt(text);
		}
		return index < 0 || index >= layer.levelNames().size() ? null : layer.levelNames().get(index);
	}

	private MeetingRule.GridLevel levelOf(MeetingRule.GridLevel grid) {
		String layer = grid.layer() == null ? null : grid.layer().strip();
		String name = layer != null && layers.exists(layer) ? levelName(layers.get(layer), grid.level()) : null;
		return new MeetingRule.GridLevel(layer, name != null || grid.level() == null ? name : grid.level().strip());
	}
}
