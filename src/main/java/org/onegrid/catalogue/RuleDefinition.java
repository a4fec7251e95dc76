package org.onegrid.catalogue;

import java.util.List;

/**
 * A responsibility rule as a district adds it; see {@link ResponsibilityRule} for the meaning of each field.
 * Adding the outcome of an arbitration is adding such a rule.
 */
public record RuleDefinition(String kind, String categoryCode, String layerCode, String gridCode,
		String leadDepartment, List<String> assistingDepartments, String note) {
}
