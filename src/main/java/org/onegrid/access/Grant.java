package org.onegrid.access;

import java.util.List;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * What one caller may do (permissions from their roles) and see (data scope), decided once per request.
 * <p>
 * A case is in scope when the scope is {@link #all()}, when its grid trail passes through one of {@link #gridKeys()}
 * ({@code layer:code}: the caller's grids and the grids of their units), when it was dispatched to one of
 * {@link #departments()}, or when the caller reported it.
 *
 * @param units the caller's units and every unit below them, for calls about one unit
 * @param system an internal caller (sweeps, benchmarks, integrations run in-process) with every permission
 */
public record Grant(String username, List<String> roles, Long personId, Set<String> permissions, boolean all,
		Set<String> gridKeys, Set<String> departments, Set<String> units, boolean system) {

	public Grant {
		roles = List.copyOf(roles);
		permissions = Set.copyOf(permissions);
		gridKeys = Set.copyOf(gridKeys);
		departments = Set.copyOf(departments);
		units = Set.copyOf(units);
	}

	/** An in-process caller with every permission and the whole district in scope. */
	public static Grant system(String name) {
		return new Grant(name, List.of("system"), null, Set.of(), true, Set.of(), Set.of(), Set.of(), true);
	}

	public boolean permits(String permission) {
		return system || permissions.contains(permission);
	}

	/** Refuses with 403 unless the caller has the permission. */
	public void require(String permission) {
		if (!permits(permission)) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 / Your roles " + roles
					+ " do not have permission '" + permission + "'");
		}
	}

	/**
	 * Whether the unit is one of the caller's units (or below one), or the caller sees everything: the reach for
	 * what a unit keeps as its own, such as its rosters' rules and its meetings.
	 */
	public boolean holdsUnit(String unitCode) {
		return all || units.contains(unitCode);
	}

	/** Refuses with 403 unless the caller {@linkplain #holdsUnit holds} the unit. */
	public void requireUnit(String unitCode) {
		if (!holdsUnit(unitCode)) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden",
					"超出您的数据范围 / The unit " + unitCode + " lies outside the data you may see");
		}
	}

	/** Whether any grid of a path ({@code layer}, codes leaf first) is one of the caller's grids. */
	public boolean seesGridPath(String layer, List<String> path) {
		return all || path.stream().anyMatch(code -> gridKeys.contains(layer + ":" + code));
	}

	/** Whether a case with these grid keys, departments and reporter is in scope. */
	public boolean sees(List<String> caseGridKeys, List<String> caseDepartments, String reportedBy) {
		return all || username.equals(reportedBy) || caseGridKeys.stream().anyMatch(gridKeys::contains)
				|| caseDepartments.stream().anyMatch(departments::contains);
	}
}
