package org.onegrid.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.onegrid.catalogue.MinorClassDefinition;
import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;
import org.onegrid.catalogue.RuleDefinition;
import org.onegrid.catalogue.Stage;
import org.onegrid.catalogue.Urgency;
import org.onegrid.profile.DistrictProfile.MajorClassEntry;

/**
 * Reads {@code catalogue.yaml} (urgencies, tiers with their closers, major and minor classes with their time
 * limits) and {@code responsibility.yaml} (the responsibility matrix). A time limit is written {@code 5d} (working
 * days) or {@code 4h} (working hours) and may not exceed the district's maximum.
 */
final class CatalogueReader {

	private final Problems problems;

	private final YamlMap file;

	private final int maxWorkingDays;

	private final int hoursPerDay;

	private final List<Item<MinorClassDefinition>> minorClasses = new ArrayList<>();

	CatalogueReader(Problems problems, Value catalogue, int maxWorkingDays, int hoursPerDay) {
		this.problems = problems;
		this.file = new YamlMap(catalogue, "catalogue.yaml", problems, "urgencies", "tiers", "majorClasses");
		this.maxWorkingDays = maxWorkingDays;
		this.hoursPerDay = hoursPerDay;
	}

	List<Item<BigDecimal>> urgencies() {
		List<Item<BigDecimal>> result = new ArrayList<>();
		var urgencies = new YamlMap(file.value("urgencies"), "urgencies", problems,
				names(Urgency.values()).toArray(String[]::new));
		urgencies.at().entries().forEach((name, value) -> {
			try {
				result.add(new Item<>(value, name, new BigDecimal(String.valueOf(value.text()))));
			}
			catch (NumberFormatException e) {
				problems.error(value, "NOT_A_NUMBER", "an urgency's factor is a number such as 0.5");
			}
		});
		return result;
	}

	/** The tiers with their handling levels and closers. */
	TierReader tiers() {
		return new TierReader(problems, file.value("tiers"));
	}

	List<Item<MajorClassEntry>> majorClasses() {
		List<Item<MajorClassEntry>> result = new ArrayList<>();
		for (Value entry : file.list("majorClasses", false)) {
			var major = new YamlMap(entry, "a major class", problems, "kind", "code", "nameZh", "nameEn",
					"minorClasses");
			String kind = major.text("kind", true);
			String code = major.text("code", true);
			result.add(new Item<>(entry, kind + " " + code, new MajorClassEntry(kind, code, major.text("nameZh", true),
					major.text("nameEn", true))));
			for (Value minorEntry : major.list("minorClasses", false)) {
				minorClasses.add(minorClass(kind, minorEntry));
			}
		}
		return result;
	}

	/** The minor classes read by {@link #majorClasses()}, which inherit their major class's kind. */
	List<Item<MinorClassDefinition>> minorClasses() {
		return minorClasses;
	}

	private Item<MinorClassDefinition> minorClass(String kind, Value entry) {
		var minor = new YamlMap(entry, "a minor class", problems, "code", "nameZh", "nameEn", "filingCondition",
				"closingCondition", "defaultDepartment", "limits", "areaLimits");
		List<LimitDefinition> limits = new ArrayList<>(limits(minor.value("limits"), null));
		new YamlMap(minor.value("areaLimits"), "areaLimits", problems, "A", "B", "C").at().entries()
			.forEach((area, value) -> limits.addAll(limits(value, area)));
		String code = minor.text("code", true);
		return new Item<>(entry, kind + " " + code, new MinorClassDefinition(kind, code, minor.text("nameZh", true),
				minor.text("nameEn", true), minor.text("filingCondition", true), minor.text("closingCondition", true),
				minor.text("defaultDepartment", false), limits));
	}

	private List<LimitDefinition> limits(Value value, String areaClass) {
		return limits(value, areaClass, problems, maxWorkingDays, hoursPerDay);
	}

	/**
	 * A map of stage to limit as a bundle writes it ({@code {HANDLE: 5d, CHECK: 4h}}), each limit reported at its
	 * line when it is not written so or is longer than {@code maxWorkingDays}.
	 */
	static List<LimitDefinition> limits(Value value, String areaClass, Problems problems, int maxWorkingDays,
			int hoursPerDay) {
		List<LimitDefinition> limits = new ArrayList<>();
		var map = new YamlMap(value, "limits", problems, names(Stage.values()).toArray(String[]::new));
		map.at().entries().forEach((stage, limit) -> {
			String text = limit.text() == null ? "" : limit.text().strip();
			if (!text.matches("[1-9][0-9]{0,4}[dh]")) {
				problems.error(limit, "LIMIT_FORMAT", "a time limit is written 5d (working days) or 4h (working hours)");
				return;
			}
			int amount = Integer.parseInt(text.substring(0, text.length() - 1));
			boolean days = text.endsWith("d");
			LimitDefinition definition = new LimitDefinition(stage, areaClass, amount, days ? "DAYS" : "HOURS");
			if (overMaximum(definition, maxWorkingDays, hoursPerDay)) {
				problems.error(limit, "OVER_MAXIMUM", stage + " limit " + text + " is longer than the district's "
						+ "maximum of " + maxWorkingDays + " working days (profile.yaml maxWorkingDays)");
			}
			limits.add(definition);
		});
		return limits;
	}

	/** Whether the limit is longer than {@code maxWorkingDays} working days of {@code hoursPerDay} hours. */
	static boolean overMaximum(LimitDefinition limit, int maxWorkingDays, int hoursPerDay) {
		int amount = limit.amount();
		return ("DAYS".equals(limit.unit()) ? amount : (double) amount / hoursPerDay) > maxWorkingDays;
	}

	List<Item<RuleDefinition>> rules(Value doc) {
		var rules = new YamlMap(doc, "responsibility.yaml", problems, "rules");
		List<Item<RuleDefinition>> result = new ArrayList<>();
		for (Value entry : rules.list("rules", false)) {
			var rule = new YamlMap(entry, "a rule", problems, "kind", "category", "layer", "grid", "lead", "assisting",
					"note");
			String kind = rule.text("kind", true);
			String category = rule.text("category", true);
			String layer = rule.text("layer", true);
			String grid = rule.text("grid", false);
			result.add(new Item<>(entry, kind + " " + category + " in " + layer + (grid == null ? "" : "/" + grid),
					new RuleDefinition(kind, category, layer, grid, rule.text("lead", true),
							rule.texts("assisting", false), rule.text("note", false))));
		}
		return result;
	}

	private static List<String> names(Enum<?>[] values) {
		List<String> names = new ArrayList<>();
		for (Enum<?> value : values) {
			names.add(value.name());
		}
		return names;
	}
}
