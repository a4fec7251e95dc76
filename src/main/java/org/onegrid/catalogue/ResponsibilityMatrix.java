package org.onegrid.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.onegrid.catalogue.Responsibility.Basis;

/**
 * The responsibility matrix (权责清单) and how it answers "who handles this case here?".
 * <p>
 * Resolution, first match wins:
 * <ol>
 * <li>a rule for the case's minor class or its whole major class whose grid lies on the case's path (or that covers
 * the whole layer); the rule whose grid is nearest the leaf wins, a whole-layer rule counting as farthest, and at equal
 * distance a minor-class rule beats a major-class rule;</li>
 * <li>otherwise the minor class's default department;</li>
 * <li>otherwise territorial responsibility (属地管理): the grid nearest the leaf whose level is one of the territorial
 * level names (街道 by default) owns the case;</li>
 * <li>otherwise responsibility is unclear and the case needs arbitration.</li>
 * </ol>
 */
public final class ResponsibilityMatrix {

	private final List<ResponsibilityRule> rules;

	private final List<String> territorialLevelNames;

	public ResponsibilityMatrix(List<ResponsibilityRule> rules, List<String> territorialLevelNames) {
		this.rules = List.copyOf(rules);
		this.territorialLevelNames = List.copyOf(territorialLevelNames);
	}

	public Responsibility resolve(MinorClass minorClass, GridPath path) {
		Optional<ResponsibilityRule> rule = rules.stream()
			.filter(candidate -> candidate.kind() == minorClass.kind())
			.filter(candidate -> candidate.categoryCode().equals(minorClass.code())
					|| candidate.categoryCode().equals(minorClass.majorCode()))
			.filter(candidate -> path.layerCode() == null || candidate.layerCode().equals(path.layerCode()))
			.filter(candidate -> distance(candidate, path) >= 0)
			.min(Comparator.<ResponsibilityRule>comparingInt(candidate -> distance(candidate, path))
				.thenComparing(ResponsibilityRule::coversWholeMajorClass));
		if (rule.isPresent()) {
			ResponsibilityRule r = rule.get();
			String where = r.gridCode() == null ? r.layerCode() : r.layerCode() + "/" + r.gridCode();
			return new Responsibility(Basis.RULE, r.leadDepartment(), r.assistingDepartments(), r.id(), null,
					"权责清单规则 #" + r.id() + "(" + where + " · " + r.categoryCode() + ")/ Responsibility rule #" + r.id()
							+ " for " + r.categoryCode() + " in " + where);
		}
		if (minorClass.defaultDepartment() != null) {
			return new Responsibility(Basis.CATEGORY_DEFAULT, minorClass.defaultDepartment(), List.of(), null, null,
					"小类默认部门 / Default department of minor class " + minorClass.code());
		}
		for (GridPath.Step step : path.steps()) {
			if (step.levelName() != null && territorialLevelNames.contains(step.levelName())) {
				return new Responsibility(Basis.TERRITORIAL, null, List.of(), null, step.code(),
						"属地管理:" + step.levelName() + " " + step.code() + " / Territorial responsibility of "
								+ step.code());
			}
		}
		return new Responsibility(Basis.UNCLEAR, null, List.of(), null, null,
				"权责不清,需提交仲裁 / Responsibility unclear; the case needs arbitration");
	}

	/** The rule's grid's distance from the leaf; a whole-layer rule is just beyond the root; -1 when off the path. */
	private static int distance(ResponsibilityRule rule, GridPath path) {
		return rule.gridCode() == null ? path.steps().size() : path.distanceOf(rule.gridCode());
	}
}
