package org.onegrid.people;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person may see, as the union of their roles' {@link ScopeKind}s.
 * <p>
 * A case lies in the scope when the scope is {@link #all()}, when any grid on the case's path (leaf to root) is one
 * of {@link #grids()} for that layer — so a community's grid chief sees its micro-grids — when it was dispatched to
 * one of {@link #departments()}, or when its unit is one of {@link #units()}.
 *
 * @param grids the grids the person serves, by layer code (from roles with scope GRID)
 * @param departments the person's department (from roles with scope DEPARTMENT)
 * @param units the person's unit and every unit below it (from roles with scope UNIT)
 */
public record DataScope(long personId, boolean all, Map<String, Set<String>> grids, Set<String> departments,
		Set<String> units) {

	public DataScope {
		grids = Map.copyOf(grids);
		departments = Set.copyOf(departments);
		units = Set.copyOf(units);
	}

	/** Whether a grid path of the layer, leaf first, falls in the scope. */
	public boolean coversGridPath(String layerCode, List<String> path) {
		Set<String> mine = grids.getOrDefault(layerCode, Set.of());
		return all || path.stream().anyMatch(mine::contains);
	}

	public boolean coversDepartment(String departmentCode) {
		return all || departments.contains(departmentCode);
	}

	public boolean coversUnit(String unitCode) {
		return all || units.contains(unitCode);
	}

	/** Whether the scope sees nothing at all. */
	public boolean isEmpty() {
		return !all && grids.isEmpty() && departments.isEmpty() && units.isEmpty();
	}
}
