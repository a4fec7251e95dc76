package org.onegrid.profile;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.onegrid.cases.ClosingRule;
import org.onegrid.cases.ClosingRules;
import org.onegrid.cases.Tier;
import org.onegrid.cases.TierLevel;
import org.onegrid.cases.TierLevels;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MajorClass;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.catalogue.MinorClassDefinition;
import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;
import org.onegrid.catalogue.ResponsibilityLookup;
import org.onegrid.catalogue.ResponsibilityRule;
import org.onegrid.catalogue.RuleDefinition;
import org.onegrid.catalogue.TimeLimit;
import org.onegrid.catalogue.Urgency;
import org.onegrid.profile.DistrictProfile.MajorClassEntry;
import org.springframework.stereotype.Component;

/**
 * Writes a profile's catalogue (major and minor classes with their limits, urgency factors), responsibility matrix,
 * and handling levels and closing rights by tier through the catalogue and cases modules. A rule that differs from the stored rule for
 * the same category and grid replaces it.
 */
@Component
class CatalogueWriter {

	private final Catalogue catalogue;

	private final ResponsibilityLookup responsibilities;

	private final ClosingRules closing;

	private final TierLevels tierLevels;

	CatalogueWriter(Catalogue catalogue, ResponsibilityLookup responsibilities, ClosingRules closing,
			TierLevels tierLevels) {
		this.closing = closing;
		this.tierLevels = tierLevels;
		this.catalogue = catalogue;
		this.responsibilities = responsibilities;
	}

	void write(DistrictProfile profile, Changes changes) {
		List<MajorClass> tree = catalogue.tree(null);
		for (Item<MajorClassEntry> item : profile.majorClasses()) {
			MajorClassEntry wanted = item.value();
			MajorClass stored = tree.stream()
				.filter(m -> m.kind().name().equals(wanted.kind()) && m.code().equals(wanted.code()))
				.findFirst().orElse(null);
			changes.apply(item, "majorClass", stored,
					() -> stored.nameZh().equals(wanted.nameZh()) && stored.nameEn().equals(wanted.nameEn()),
					() -> catalogue.defineMajorClass(Kind.valueOf(wanted.kind()), wanted.code(), wanted.nameZh(),
							wanted.nameEn()));
		}
		for (Item<MinorClassDefinition> item : profile.minorClasses()) {
			MinorClassDefinition wanted = item.value();
			Kind kind = Kind.valueOf(wanted.kind());
			MinorClass stored = catalogue.exists(kind, wanted.code()) ? catalogue.minorClass(kind, wanted.code()) : null;
			changes.apply(item, "minorClass", stored, () -> sameMinor(stored, wanted),
					() -> catalogue.defineMinorClass(wanted));
		}
		for (Item<BigDecimal> item : profile.urgencies()) {
			Urgency urgency = Urgency.valueOf(item.key());
			BigDecimal stored = catalogue.urgencyFactors().get(urgency);
			changes.apply(item, "urgency", stored, () -> stored.compareTo(item.value()) == 0,
					() -> catalogue.setUrgencyFactor(urgency, item.value()));
		}
		for (Item<RuleDefinition> item : profile.rules()) {
			RuleDefinition wanted = item.value();
			ResponsibilityRule stored = responsibilities.rules(Kind.valueOf(wanted.kind()), wanted.categoryCode())
				.stream()
				.filter(r -> r.layerCode().equals(wanted.layerCode()) && Objects.equals(r.gridCode(), wanted.gridCode()))
				.findFirst().orElse(null);
			changes.apply(item, "rule", stored, () -> sameRule(stored, wanted), () -> {
				if (stored != null) {
					responsibilities.delete(stored.id());
				}
				responsibilities.add(wanted);
			});
		}
		profile.tiers().forEach((tier, item) -> {
			TierLevel stored = tierLevels.get(Tier.valueOf(tier));
			changes.apply(item, "tierLevels", stored.district() ? stored : null,
					() -> stored.levels().equals(item.value()),
					() -> tierLevels.put(Tier.valueOf(tier), new TierLevel.Request(item.value())));
		});
		profile.closers().forEach((tier, items) -> {
			List<ClosingRule.Closer> wanted = items.stream().map(Item::value).toList();
			ClosingRule stored = closing.of(Tier.valueOf(tier)).orElse(null);
			changes.apply(profile.tiers().get(tier), "closers", stored, () -> stored.closers().equals(wanted),
					() -> closing.put(Tier.valueOf(tier), new ClosingRule.Request(wanted)));
		});
	}

	private static boolean sameMinor(MinorClass stored, MinorClassDefinition wanted) {
		return stored.nameZh().equals(wanted.nameZh()) && stored.nameEn().equals(wanted.nameEn())
				&& stored.filingCondition().equals(wanted.filingCondition())
				&& stored.closingCondition().equals(wanted.closingCondition())
				&& Objects.equals(stored.defaultDepartment(), wanted.defaultDepartment())
				&& limits(stored).equals(limits(wanted));
	}

	static Set<String> limits(MinorClass minor) {
		Set<String> limits = new HashSet<>();
		for (TimeLimit limit : minor.timeLimits()) {
			limits.add(limit.stage() + "/" + (limit.areaClass() == null ? "" : limit.areaClass()) + "/"
					+ limit.limit().amount() + limit.limit().unit());
		}
		return limits;
	}

	private static Set<String> limits(MinorClassDefinition minor) {
		Set<String> limits = new HashSet<>();
		for (LimitDefinition limit : minor.timeLimits()) {
			limits.add(limit.stage() + "/" + (limit.areaClass() == null ? "" : limit.areaClass()) + "/"
					+ limit.amount() + limit.unit());
		}
		return limits;
	}

	private static boolean sameRule(ResponsibilityRule stored, RuleDefinition wanted) {
		return stored.leadDepartment().equals(wanted.leadDepartment())
				&& Set.copyOf(stored.assistingDepartments()).equals(Set.copyOf(wanted.assistingDepartments()))
				&& Objects.equals(stored.note(), wanted.note());
	}
}
