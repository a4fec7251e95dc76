package org.onegrid.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.catalogue.MinorClassDefinition;
import org.onegrid.catalogue.RuleDefinition;
import org.onegrid.cases.ClosingRule;

/**
 * Checks a profile's catalogue and responsibility matrix: the district's maximum within the installation's, minor
 * classes under known major classes, every department the matrix or a default names known, rules on known
 * categories, layers and grids, tiers handled at levels of the primary layer, and
 * tiers closed by levels of that layer and known roles.
 */
final class CatalogueChecks {

	private final Problems problems;

	private final Known known;

	CatalogueChecks(Problems problems, Known known) {
		this.problems = problems;
		this.known = known;
	}

	private void kind(Item<?> item, String kind) {
		if (kind != null && !kind.equals("COMPONENT") && !kind.equals("EVENT")) {
			problems.error(item.at(), "UNKNOWN", "kind is COMPONENT (部件) or EVENT (事件), not '" + kind + "'");
		}
	}

	void check(DistrictProfile profile, ProfileChecks checks, int installationMaximum) {
		if (profile.maxWorkingDays() > installationMaximum) {
			problems.error(profile.at().file(), profile.at().line(), "NOT_SUPPORTED", "maxWorkingDays "
					+ profile.maxWorkingDays() + " is beyond this installation's " + installationMaximum
					+ " (onegrid.catalogue.max-working-days); a profile cannot raise it yet");
		}
		checks.unique(profile.majorClasses(), "major class");
		checks.unique(profile.minorClasses(), "minor class");
		checks.unique(profile.rules(), "rule");
		profile.majorClasses().forEach(item -> kind(item, item.value().kind()));
		profile.rules().forEach(item -> kind(item, item.value().kind()));
		for (Item<MinorClassDefinition> item : profile.minorClasses()) {
			MinorClassDefinition minor = item.value();
			if (minor.code() != null && minor.code().length() >= 2
					&& !known.majorClasses.contains(minor.kind() + " " + minor.code().substring(0, 2))) {
				problems.error(item.at(), "UNKNOWN_CATEGORY", "minor class " + item.key() + " has no major class "
						+ minor.code().substring(0, 2));
			}
			if (minor.defaultDepartment() != null && !known.target(minor.defaultDepartment())) {
				problems.error(item.at(), "UNKNOWN_DEPARTMENT", "minor class " + item.key() + ": there is no department "
						+ "or platform '" + minor.defaultDepartment() + "'");
			}
		}
		for (Item<RuleDefinition> item : profile.rules()) {
			RuleDefinition rule = item.value();
			String category = rule.kind() + " " + rule.categoryCode();
			if (!known.minorClasses.contains(category) && !known.majorClasses.contains(category)) {
				problems.error(item.at(), "UNKNOWN_CATEGORY", "there is no category " + category);
			}
			if (!known.layerLevels.containsKey(rule.layerCode())) {
				problems.error(item.at(), "UNKNOWN_LAYER", "there is no layer '" + rule.layerCode() + "'");
			}
			else if (rule.gridCode() != null && !known.grid(rule.layerCode(), rule.gridCode())) {
				problems.error(item.at(), "UNKNOWN_GRID", "layer '" + rule.layerCode() + "' has no grid '"
						+ rule.gridCode() + "'");
			}
			if (rule.leadDepartment() != null && !known.target(rule.leadDepartment())) {
				problems.error(item.at(), "UNKNOWN_DEPARTMENT", "there is no department or platform '"
						+ rule.leadDepartment() + "' to lead " + category);
			}
			for (String assisting : rule.assistingDepartments()) {
				if (!known.target(assisting)) {
					problems.error(item.at(), "UNKNOWN_DEPARTMENT", "there is no department or platform '" + assisting
							+ "' to assist with " + category);
				}
			}
		}
		List<String> levels = known.layerLevels.getOrDefault(profile.primaryLayer(), List.of());
		profile.tiers().forEach((tier, item) -> {
			for (String level : item.value()) {
				if (!levels.contains(level)) {
					problems.error(item.at(), "UNKNOWN_LEVEL", tier + ": the primary layer '" + profile.primaryLayer()
							+ "' has no level '" + level + "' (its levels: " + levels + ")");
				}
			}
		});
		profile.closers().forEach((tier, closers) -> closers(tier, closers, levels, profile.primaryLayer()));
	}

	/** Each closer's level a level of the primary layer, its role a known role, and no closer given twice. */
	private void closers(String tier, List<Item<ClosingRule.Closer>> closers, List<String> levels, String layer) {
		Set<ClosingRule.Closer> seen = new HashSet<>();
		for (Item<ClosingRule.Closer> item : closers) {
			ClosingRule.Closer closer = item.value();
			if (closer.level() != null && !levels.contains(closer.level())) {
				problems.error(item.at(), "UNKNOWN_LEVEL", tier + ": a closer's level '" + closer.level()
						+ "' is none of the primary layer '" + layer + "' levels " + levels);
			}
			if (closer.role() != null && !known.roles.contains(closer.role())) {
				problems.error(item.at(), "UNKNOWN_ROLE", tier + ": a closer's role '" + closer.role()
						+ "' is neither in roles.yaml nor in this installation");
			}
			if (!seen.add(closer)) {
				problems.error(item.at(), "DUPLICATE", tier + ": the same closer is given twice");
			}
		}
	}
}
