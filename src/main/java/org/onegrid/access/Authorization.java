package org.onegrid.access;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.people.DataScope;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Role;
import org.onegrid.people.Roles;
import org.onegrid.people.ScopeKind;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Works out a caller's {@link Grant}: permissions are the union of their roles' permissions (data a district edits
 * through {@code /api/v1/roles}); scope is their person's data scope, with each unit in it standing for the unit's
 * grid. An account without a person sees everything only if one of its roles has scope ALL.
 */
@Service
public class Authorization {

	private static final String GRANT = Authorization.class.getName() + ".grant";

	private final Roles roles;

	private final People people;

	private final Organisation organisation;

	Authorization(Roles roles, People people, Organisation organisation) {
		this.roles = roles;
		this.people = people;
		this.organisation = organisation;
	}

	/**
	 * The grant of the signed-in caller of the current request, worked out once per request; 401 when nobody is
	 * signed in.
	 */
	public Grant current() {
		Caller caller = CurrentCaller.require();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return of(caller);
		}
		if (request.getAttribute(GRANT, RequestAttributes.SCOPE_REQUEST) instanceof Grant kept
				&& kept.username().equals(caller.username())) {
			return kept;
		}
		Grant grant = of(caller);
		request.setAttribute(GRANT, grant, RequestAttributes.SCOPE_REQUEST);
		return grant;
	}

	public Grant of(Caller caller) {
		List<Role> held = roles.of(caller.roles());
		Set<String> permissions = new HashSet<>();
		held.forEach(role -> permissions.addAll(role.permissions()));
		boolean all = held.stream().anyMatch(role -> role.scope() == ScopeKind.ALL);
		Set<String> gridKeys = new HashSet<>();
		Set<String> departments = new HashSet<>();
		Set<String> units = new HashSet<>();
		if (caller.personId() != null && people.exists(caller.personId())) {
			DataScope scope = people.scopeOf(caller.personId());
			all = all || scope.all();
			scope.grids().forEach((layer, codes) -> codes.forEach(code -> gridKeys.add(layer + ":" + code)));
			departments.addAll(scope.departments());
			units.addAll(scope.units());
			for (String unitCode : scope.units()) {
				OrgUnit unit = organisation.get(unitCode);
				if (unit.layerCode() != null && unit.gridCode() != null) {
					gridKeys.add(unit.layerCode() + ":" + unit.gridCode());
				}
			}
		}
		return new Grant(caller.username(), caller.roles(), caller.personId(), permissions, all, gridKeys,
				departments, units, false);
	}
}
