package org.onegrid.profile;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.access.Grant;
import org.onegrid.spotcheck.SpotCheckRule;
import org.onegrid.spotcheck.SpotCheckRules;
import org.springframework.stereotype.Component;

/**
 * The {@code spotChecks} of the profile's {@code rules.yaml}: the district's position checks and random spot checks
 * of grid workers (定位定时、随机督查). Each rule is checked by the spot check module against the units and roles the
 * installation holds or the bundle defines, refused with its file and line; export gives back what is stored now.
 */
@Component
class SpotCheckSection {

	static final String KEY = "spotChecks";

	private final SpotCheckRules rules;

	SpotCheckSection(SpotCheckRules rules) {
		this.rules = rules;
	}

	static List<Item<SpotCheckRule>> read(YamlMap file, Problems problems) {
		List<Item<SpotCheckRule>> items = new ArrayList<>();
		for (Value entry : file.list(KEY, false)) {
			var rule = new YamlMap(entry, "a spot check rule", problems, "code", "unit", "role", "times",
					"randomChecksPerDay", "sampleSize", "toleranceMinutes", "workingDaysOnly", "note");
			String code = rule.text("code", true);
			List<LocalTime> times = new ArrayList<>();
			for (Value time : rule.list("times", false)) {
				try {
					times.add(LocalTime.parse(time.text() == null ? "" : time.text().strip()));
				}
				catch (DateTimeParseException e) {
					problems.error(time, "NOT_A_TIME", "every entry of 'times' is a time of day such as '09:00', not '"
							+ time.text() + "'");
				}
			}
			items.add(new Item<>(entry, code, new SpotCheckRule(code, rule.text("unit", true), rule.text("role", false),
					times, rule.integer("randomChecksPerDay", false), rule.integer("sampleSize", false),
					rule.integer("toleranceMinutes", false), rule.flag("workingDaysOnly"), rule.text("note", false))));
		}
		return items;
	}

	/** Reports every rule the spot check module would refuse, and every code given twice, at its place. */
	void check(List<Item<SpotCheckRule>> items, Known known, Problems problems) {
		Set<String> codes = new HashSet<>();
		for (Item<SpotCheckRule> item : items) {
			if (item.key() != null && !codes.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "spot check rule '" + item.key() + "' is given twice");
			}
			rules.check(item.key(), item.value(), known.units::contains, known.roles::contains)
				.forEach(v -> problems.error(item.at(), v.code(), item.key() + ": " + v.field() + ": " + v.detail()));
		}
	}

	void write(List<Item<SpotCheckRule>> items, Changes changes) {
		Grant profile = Grant.system("profile");
		for (Item<SpotCheckRule> item : items) {
			SpotCheckRule stored = rules.find(item.key()).orElse(null);
			changes.apply(item, "spotCheck", stored, () -> stored.equals(normal(item.value())),
					() -> rules.put(item.key(), item.value(), profile));
		}
	}

	/** The rules the profile names, as stored now. */
	List<Object> export(List<Item<SpotCheckRule>> items) {
		Set<String> named = new HashSet<>();
		items.forEach(item -> named.add(item.key()));
		List<Object> out = new ArrayList<>();
		rules.list().stream().filter(rule -> named.contains(rule.code())).forEach(rule -> out.add(new Entries()
			.put("code", rule.code()).put("unit", rule.unit()).put("role", rule.role())
			.put("times", rule.times().stream().map(LocalTime::toString).toList())
			.put("randomChecksPerDay", rule.randomChecksPerDay() == 0 ? null : rule.randomChecksPerDay())
			.put("sampleSize", rule.sampleSize()).put("toleranceMinutes", rule.toleranceMinutes())
			.put("workingDaysOnly", rule.workingDaysOnly() ? null : "false").put("note", rule.note()).map()));
		return out;
	}

	/** The rule as it would be stored, with its defaults, to compare with what is stored. */
	private static SpotCheckRule normal(SpotCheckRule rule) {
		return new SpotCheckRule(rule.code(), rule.unit(), rule.role(), rule.times().stream().sorted().toList(),
				rule.randomChecksPerDay() == null ? 0 : rule.randomChecksPerDay(), rule.sampleSize(),
				rule.toleranceMinutes() == null ? 30 : rule.toleranceMinutes(),
				rule.workingDaysOnly() == null || rule.workingDaysOnly(), rule.note());
	}
}
