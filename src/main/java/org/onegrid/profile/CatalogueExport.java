package org.onegrid.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onegrid.cases.ClosingRules;
import org.onegrid.cases.Tier;
import org.onegrid.cases.TierLevels;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MajorClass;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.catalogue.ResponsibilityLookup;
import org.onegrid.catalogue.ResponsibilityRule;
import org.onegrid.catalogue.RuleDefinition;
import org.onegrid.catalogue.TimeLimit;
import org.onegrid.catalogue.Urgency;
import org.onegrid.calendar.WorkingDuration;
import org.onegrid.profile.DistrictProfile.MajorClassEntry;
import org.springframework.stereotype.Component;

/**
 * Writes the catalogue and responsibility sections of a profile's export, as they are stored now, tiers' handling
 * levels and closers included.
 */
@Component
class CatalogueExport {

	private final Catalogue catalogue;

	private final ResponsibilityLookup responsibilities;

	private final ClosingRules closing;

	private final TierLevels tierLevels;

	CatalogueExport(Catalogue catalogue, ResponsibilityLookup responsibilities, ClosingRules closing,
			TierLevels tierLevels) {
		this.closing = closing;
		this.tierLevels = tierLevels;
		this.catalogue = catalogue;
		this.responsibilities = responsibilities;
	}

	Map<String, Object> catalogue(DistrictProfile profile) {
		Map<String, Object> urgencies = new LinkedHashMap<>();
		profile.urgencies().forEach(item -> urgencies.put(item.key(),
				catalogue.urgencyFactors().get(Urgency.valueOf(item.key())).stripTrailingZeros().toPlainString()));
		Map<String, Object> tiers = new LinkedHashMap<>();
		profile.tiers().forEach((tier, item) -> {
			List<String> levels = tierLevels.of(Tier.valueOf(tier));
			tiers.put(tier, !profile.closers().containsKey(tier) ? levels
					: new Entries().put("levels", levels).put("closers", closers(Tier.valueOf(tier))).map());
		});
		List<Object> majors = new ArrayList<>();
		List<MajorClass> tree = catalogue.tree(null);
		for (Item<MajorClassEntry> item : profile.majorClasses()) {
			MajorClassEntry entry = item.value();
			tree.stream().filter(m -> m.kind().name().equals(entry.kind()) && m.code().equals(entry.code())).findFirst()
				.ifPresent(major -> majors.add(new Entries().put("kind", major.kind().name()).put("code", major.code())
					.put("nameZh", major.nameZh()).put("nameEn", major.nameEn())
					.put("minorClasses", minors(profile, major)).map()));
		}
		return new Entries().put("urgencies", urgencies).put("tiers", tiers).put("majorClasses", majors).map();
	}

	/** The tier's closers as stored now; none when the rule was removed since the load. */
	private List<Object> closers(Tier tier) {
		List<Object> closers = new ArrayList<>();
		closing.of(tier).ifPresent(rule -> rule.closers().forEach(closer -> closers.add(new Entries()
			.put("level", closer.level()).put("role", closer.role()).map())));
		return closers;
	}

	private static List<Object> minors(DistrictProfile profile, MajorClass major) {
		List<Object> minors = new ArrayList<>();
		for (MinorClass minor : major.minorClasses()) {
			if (profile.minorClasses().stream().anyMatch(m -> m.key().equals(minor.kind() + " " + minor.code()))) {
				Map<String, Object> limits = new LinkedHashMap<>();
				Map<String, Object> areaLimits = new LinkedHashMap<>();
				for (TimeLimit limit : minor.timeLimits()) {
					String text = limit.limit().amount() + (limit.limit().unit() == WorkingDuration.Unit.DAYS ? "d" : "h");
					if (limit.areaClass() == null) {
						limits.put(limit.stage().name(), text);
					}
					else {
						@SuppressWarnings("unchecked")
						var area = (Map<String, Object>) areaLimits.computeIfAbsent(limit.areaClass().name(),
								k -> new LinkedHashMap<String, Object>());
						area.put(limit.stage().name(), text);
					}
				}
				minors.add(new Entries().put("code", minor.code()).put("nameZh", minor.nameZh())
					.put("nameEn", minor.nameEn()).put("filingCondition", minor.filingCondition())
					.put("closingCondition", minor.closingCondition()).put("defaultDepartment", minor.defaultDepartment())
					.put("limits", limits).put("areaLimits", areaLimits).map());
			}
		}
		return minors;
	}

	Map<String, Object> responsibility(DistrictProfile profile) {
		List<Object> rules = new ArrayList<>();
		for (Item<RuleDefinition> item : profile.rules()) {
			RuleDefinition wanted = item.value();
			responsibilities.rules(Kind.valueOf(wanted.kind()), wanted.categoryCode()).stream()
				.filter(r -> r.layerCode().equals(wanted.layerCode()) && Objects.equals(r.gridCode(), wanted.gridCode()))
				.findFirst()
				.ifPresent(rule -> rules.add(rule(rule)));
		}
		return Map.of("rules", rules);
	}

	private static Map<String, Object> rule(ResponsibilityRule rule) {
		return new Entries().put("kind", rule.kind().name()).put("category", rule.categoryCode())
			.put("layer", rule.layerCode()).put("grid", rule.gridCode()).put("lead", rule.leadDepartment())
			.put("assisting", rule.assistingDepartments()).put("note", rule.note()).map();
	}
}
