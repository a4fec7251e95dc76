package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.staffing.StaffingRule;
import org.onegrid.staffing.StaffingRuleDefinition;
import org.onegrid.staffing.StaffingRules;
import org.springframework.stereotype.Component;

/**
 * The staffing rules of {@code rules.yaml}: each unit's minimum of people on its roster through a daily slot, and
 * of those holding a qualification. A rule may name the units, departments and roles the profile itself defines;
 * every problem is reported at its entry's line, and export gives back the named rules as stored now.
 */
@Component
class StaffingSection {

	private final StaffingRules staffing;

	StaffingSection(StaffingRules staffing) {
		this.staffing = staffing;
	}

	static List<Item<StaffingRuleDefinition>> read(List<Value> entries, Problems problems) {
		List<Item<StaffingRuleDefinition>> rules = new ArrayList<>();
		for (Value entry : entries) {
			var rule = new YamlMap(entry, "a staffing rule", problems, "code", "unit", "department", "duty", "start",
					"end", "workingDaysOnly", "minimumStaff", "qualification", "minimumQualified");
			rules.add(new Item<>(entry, rule.text("code", true), new StaffingRuleDefinition(rule.text("unit", true),
					rule.text("department", false), rule.text("duty", false), rule.time("start", true),
					rule.time("end", true), rule.flag("workingDaysOnly"), rule.integer("minimumStaff", true),
					rule.text("qualification", false), rule.integer("minimumQualified", false))));
		}
		return rules;
	}

	void check(List<Item<StaffingRuleDefinition>> rules, Known known, Problems problems) {
		var references = new StaffingRules.References() {

			@Override
			public boolean unit(String code) {
				return known.units.contains(code);
			}

			@Override
			public boolean department(String code) {
				return known.departments.contains(code);
			}

			@Override
			public boolean role(String code) {
				return known.roles.contains(code);
			}
		};
		Set<String> codes = new HashSet<>();
		for (Item<StaffingRuleDefinition> item : rules) {
			if (item.key() != null && !codes.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "staffing rule '" + item.key() + "' is given twice");
			}
			staffing.check(item.key(), item.value(), references).forEach(v -> problems.error(item.at(), v.code(),
					item.key() + ": " + v.field() + ": " + v.detail()));
		}
	}

	void write(List<Item<StaffingRuleDefinition>> rules, Changes changes) {
		for (Item<StaffingRuleDefinition> item : rules) {
			StaffingRule stored = staffing.find(item.key()).orElse(null);
			changes.apply(item, "staffing", stored, () -> staffing.same(stored, item.value()),
					() -> staffing.put(item.key(), item.value()));
		}
	}

	/** The rules the file names, as stored now. */
	List<Object> export(List<Item<StaffingRuleDefinition>> rules) {
		Set<String> named = new HashSet<>();
		rules.forEach(item -> named.add(item.key()));
		return staffing.list().stream().filter(rule -> named.contains(rule.code()))
			.<Object>map(rule -> new Entries().put("code", rule.code()).put("unit", rule.unitCode())
				.put("department", rule.departmentCode()).put("duty", rule.duty())
				.put("start", rule.start().toString()).put("end", rule.end().toString())
				.put("workingDaysOnly", rule.workingDaysOnly() ? null : "false")
				.put("minimumStaff", rule.minimumStaff()).put("qualification", rule.qualification())
				.put("minimumQualified", rule.minimumQualified()).map())
			.toList();
	}
}
