package org.onegrid.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.api.Violation;
import org.onegrid.assessment.ObjectType;
import org.onegrid.assessment.ScorecardSetting;
import org.onegrid.assessment.ScorecardSettings;
import org.onegrid.notification.SupervisionRule;
import org.onegrid.notification.SupervisionRuleRequest;
import org.onegrid.notification.SupervisionRules;
import org.onegrid.patrolrule.PatrolRuleDefinition;
import org.onegrid.spotcheck.SpotCheckRule;
import org.onegrid.staffing.StaffingRuleDefinition;
import org.springframework.stereotype.Component;

/**
 * The profile's {@code rules.yaml}: the district's assessment scorecards (weights, grades and the workers' bundle
 * with their grids' scores, per object type), its
 * automatic supervision rules, its spot checks of grid workers ({@link SpotCheckSection}), its units' staffing
 * rules ({@link StaffingSection}) and its grid workers' patrol minimums ({@link PatrolSection}). Each entry is checked by the owning module before anything is written, so a
 * scorecard that does not add up to 100 is refused with its file and line; export gives back what is stored now.
 */
@Component
class RulesSection {

	static final String FILE = "rules.yaml";

	private final ScorecardSettings scorecards;

	private final SupervisionRules supervision;

	private final SpotCheckSection spotChecks;

	private final StaffingSection staffing;

	private final PatrolSection patrol;

	RulesSection(ScorecardSettings scorecards, SupervisionRules supervision, SpotCheckSection spotChecks,
			StaffingSection staffing, PatrolSection patrol) {
		this.scorecards = scorecards;
		this.supervision = supervision;
		this.spotChecks = spotChecks;
		this.staffing = staffing;
		this.patrol = patrol;
	}

	/** The section's entries, keyed by object type and by rule code. */
	record Rules(List<Item<ScorecardSetting>> scorecards, List<Item<SupervisionRuleRequest>> supervision,
			List<Item<SpotCheckRule>> spotChecks, List<Item<StaffingRuleDefinition>> staffing,
			List<Item<PatrolRuleDefinition>> patrol) {
	}

	static Rules read(Map<String, String> files, Problems problems) {
		String text = files.get(FILE);
		Value doc = text == null ? new Value(FILE, 0, null) : Value.parse(FILE, text, problems);
		var file = new YamlMap(doc, FILE, problems, "scorecards", "supervision", SpotCheckSection.KEY, "staffing",
				PatrolSection.KEY);
		List<Item<ScorecardSetting>> cards = new ArrayList<>();
		for (Value entry : file.list("scorecards", false)) {
			var card = new YamlMap(entry, "a scorecard", problems, "objectType", "items", "grades", "bundle");
			String type = card.text("objectType", true);
			List<ScorecardSetting.Item> items = new ArrayList<>();
			for (Value line : card.list("items", true)) {
				var item = new YamlMap(line, "a scorecard item", problems, "indicator", "weight", "inverted");
				items.add(new ScorecardSetting.Item(item.text("indicator", true), number(item, "weight", problems),
						item.flag("inverted")));
			}
			List<ScorecardSetting.Grade> grades = new ArrayList<>();
			for (Value line : card.list("grades", true)) {
				var grade = new YamlMap(line, "a grade", problems, "grade", "minScore");
				grades.add(new ScorecardSetting.Grade(grade.text("grade", true), number(grade, "minScore", problems)));
			}
			ScorecardSetting.Bundle bundle = null;
			if (card.has("bundle")) {
				var bound = new YamlMap(card.value("bundle"), "a scorecard's bundle", problems, "objectType", "weight");
				bundle = new ScorecardSetting.Bundle(bound.text("objectType", true), number(bound, "weight", problems));
			}
			cards.add(new Item<>(entry, type, new ScorecardSetting(type, items, grades, bundle)));
		}
		List<Item<SupervisionRuleRequest>> rules = new ArrayList<>();
		for (Value entry : file.list("supervision", false)) {
			var rule = new YamlMap(entry, "a supervision rule", problems, "code", "stage", "light", "noticeKind",
					"note", "enabled");
			rules.add(new Item<>(entry, rule.text("code", true), new SupervisionRuleRequest(rule.text("stage", true),
					rule.text("light", true), rule.text("noticeKind", true), rule.text("note", true),
					rule.flag("enabled"))));
		}
		return new Rules(cards, rules, SpotCheckSection.read(file, problems),
				StaffingSection.read(file.list("staffing", false), problems), PatrolSection.read(file, problems));
	}

	/** Reports every entry the owning module would refuse, and every entry given twice, at its place. */
	void check(Rules rules, Known known, Problems problems) {
		Set<String> types = new HashSet<>();
		for (Item<ScorecardSetting> item : rules.scorecards()) {
			ObjectType type = type(item.key());
			if (type == null) {
				problems.error(item.at(), "UNKNOWN", "objectType is one of " + List.of(ObjectType.values()));
				continue;
			}
			if (!types.add(type.name())) {
				problems.error(item.at(), "DUPLICATE", "the scorecard of " + type + " is given twice");
			}
			report(item, scorecards.check(type, item.value()), problems);
		}
		Set<String> codes = new HashSet<>();
		Set<String> turns = new HashSet<>();
		for (Item<SupervisionRuleRequest> item : rules.supervision()) {
			if (item.key() != null && !codes.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "supervision rule '" + item.key() + "' is given twice");
			}
			SupervisionRuleRequest rule = item.value();
			if (rule.stage() != null && rule.light() != null
					&& !turns.add(rule.stage().toUpperCase() + ":" + rule.light().toUpperCase())) {
				problems.error(item.at(), "DUPLICATE", "two supervision rules act when " + rule.stage() + " turns "
						+ rule.light());
			}
			report(item, supervision.check(item.key(), rule), problems);
		}
		spotChecks.check(rules.spotChecks(), known, problems);
		staffing.check(rules.staffing(), known, problems);
		patrol.check(rules.patrol(), known, problems);
	}

	void write(Rules rules, Changes changes) {
		for (Item<ScorecardSetting> item : rules.scorecards()) {
			ObjectType type = type(item.key());
			changes.apply(item, "scorecard", scorecards.of(type), () -> scorecards.same(type, item.value()),
					() -> scorecards.replace(type, item.value()));
		}
		List<SupervisionRule> stored = supervision.list();
		for (Item<SupervisionRuleRequest> item : rules.supervision()) {
			SupervisionRule current = stored.stream().filter(r -> r.code().equals(item.key())).findFirst()
				.orElse(null);
			changes.apply(item, "supervision", current, () -> same(current, item.value()),
					() -> supervision.put(item.key(), item.value()));
		}
		spotChecks.write(rules.spotChecks(), changes);
		staffing.write(rules.staffing(), changes);
		patrol.write(rules.patrol(), changes);
	}

	/** The section as stored now, for the types and rules the profile names. */
	Map<String, Object> export(Rules rules) {
		List<Object> cards = new ArrayList<>();
		for (Item<ScorecardSetting> item : rules.scorecards()) {
			ScorecardSetting card = scorecards.of(type(item.key()));
			cards.add(new Entries().put("objectType", card.objectType())
				.put("items", card.items().stream().map(i -> new Entries().put("indicator", i.indicator())
					.put("weight", i.weight()).put("inverted", i.inverted()).map()).toList())
				.put("grades", card.grades().stream().map(g -> new Entries().put("grade", g.grade())
					.put("minScore", g.minScore()).map()).toList())
				.put("bundle", card.bundle() == null ? null : new Entries().put("objectType",
						card.bundle().objectType()).put("weight", card.bundle().weight()).map())
				.map());
		}
		List<Object> rulesOut = new ArrayList<>();
		Set<String> named = new HashSet<>();
		rules.supervision().forEach(item -> named.add(item.key()));
		supervision.list().stream().filter(r -> named.contains(r.code())).forEach(r -> rulesOut.add(new Entries()
			.put("code", r.code()).put("stage", r.stage()).put("light", r.light()).put("noticeKind", r.noticeKind())
			.put("note", r.note()).put("enabled", r.enabled() ? null : "false").map()));
		return new Entries().put("scorecards", cards).put("supervision", rulesOut)
			.put(SpotCheckSection.KEY, spotChecks.export(rules.spotChecks()))
			.put("staffing", staffing.export(rules.staffing()))
			.put(PatrolSection.KEY, patrol.export(rules.patrol())).map();
	}

	private static boolean same(SupervisionRule stored, SupervisionRuleRequest wanted) {
		return stored.stage().equalsIgnoreCase(wanted.stage()) && stored.light().equalsIgnoreCase(wanted.light())
				&& stored.noticeKind().equalsIgnoreCase(wanted.noticeKind()) && stored.note().equals(wanted.note().strip())
				&& stored.enabled() == (wanted.enabled() == null || wanted.enabled());
	}

	private static void report(Item<?> item, List<Violation> violations, Problems problems) {
		violations.forEach(v -> problems.error(item.at(), v.code(), item.key() + ": " + v.field() + ": " + v.detail()));
	}

	private static ObjectType type(String name) {
		for (ObjectType type : ObjectType.values()) {
			if (type.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
				return type;
			}
		}
		return null;
	}

	private static BigDecimal number(YamlMap map, String key, Problems problems) {
		String text = map.text(key, true);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			problems.error(map.value(key), "NOT_A_NUMBER", "'" + key + "' must be a number");
			return null;
		}
	}
}
