package org.onegrid.catalogue;

import java.util.List;

/**
 * One line of the responsibility matrix (权责清单): cases of a category in a grid subtree go to a lead department.
 *
 * @param id the rule's id
 * @param categoryCode a minor class code (4 digits) or a whole major class (2 digits)
 * @param layerCode the grid layer the grid code belongs to
 * @param gridCode the grid whose subtree the rule covers, or {@code null} for the whole layer
 * @param leadDepartment 主办: the department that leads
 * @param assistingDepartments 协办: departments that assist, possibly none
 * @param note why the rule exists, for example the arbitration that decided it
 */
public record ResponsibilityRule(long id, Kind kind, String categoryCode, String layerCode, String gridCode,
		String leadDepartment, List<String> assistingDepartments, String note) {

	public ResponsibilityRule {
		assistingDepartments = List.copyOf(assistingDepartments);
	}

	public boolean coversWholeMajorClass() {
		return categoryCode.length() == 2;
	}
}
