package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.patrolrule.PatrolRuleDefinition;
import org.onegrid.patrolrule.PatrolRules;
import org.springframework.stereotype.Component;

/**
 * The {@code patrol} rules of the profile's {@code rules.yaml}: on how many days a week the grid workers of a unit,
 * in a role when given, patrol their grids (巡查频次). A rule may name the units and roles the installation holds or
 * the bundle defines; every problem is reported at its entry's line, and export gives back the named rules as
 * stored now.
 */
@Component
class PatrolSection {

	static final String KEY = "patrol";

	private final PatrolRules rules;

	PatrolSection(PatrolRules rules) {
		this.rules = rules;
	}

	static List<Item<PatrolRuleDefinition>> read(YamlMap file, Problems problems) {
		List<Item<PatrolRuleDefinition>> items = new ArrayList<>();
		for (Value entry : file.list(KEY, false)) {
			var rule = new YamlMap(entry, "a patrol rule", problems, "code", "unit", "role", "minimumDaysPerWeek",
					"note");
			items.add(new Item<>(entry, rule.text("code", true), new PatrolRuleDefinition(rule.text("unit", true),
					rule.text("role", false), rule.integer("minimumDaysPerWeek", true), rule.text("note", false))));
		}
		return items;
	}

	/** Reports every rule the patrol rule module would refuse, and every code given twice, at its place. */
	void check(List<Item<PatrolRuleDefinition>> items, Known known, Problems problems) {
		Set<String> codes = new HashSet<>();
		for (Item<PatrolRuleDefinition> item : items) {
			if (item.key() != null && !codes.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "patrol rule '" + item.key() + "' is given twice");
			}
			rules.check(item.key(), item.value(), known.units::contains, known.roles::contains)
				.forEach(v -> problems.error(item.at(), v.code(), item.key() + ": " + v.field() + ": " + v.detail()));
		}
	}

	void write(List<Item<PatrolRuleDefinition>> items, Changes changes) {
		for (Item<PatrolRuleDefinition> item : items) {
			var stored = rules.find(item.key()).orElse(null);
			changes.apply(item, "patrol", stored, () -> rules.same(stored, item.value()),
					() -> rules.put(item.key(), item.value()));
		}
	}

	/** The rules the file names, as stored now. */
	List<Object> export(List<Item<PatrolRuleDefinition>> items) {
		Set<String> named = new HashSet<>();
		items.forEach(item -> named.add(item.key()));
		return rules.list().stream().filter(rule -> named.contains(rule.code()))
			.<Object>map(rule -> new Entries().put("code", rule.code()).put("unit", rule.unitCode())
				.put("role", rule.role()).put("minimumDaysPerWeek", rule.minimumDaysPerWeek())
				.put("note", rule.note()).map())
			.toList();
	}
}
