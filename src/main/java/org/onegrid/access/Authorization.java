package org.onegrid.access;

import java.util.HashSet;
import java.util.Set;

import org.onegrid.people.DataScope;
import org.onegrid.people.Entitlement;
import org.onegrid.people.People;
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

	private final People people;

	Authorization(People people) {
		this.people = people;
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

	/** The caller's grant as their roles and person stand now, read in one go. */
	public Grant of(Caller caller) {
		Entitlement entitlement = people.entitlement(caller.roles(), caller.personId());
		boolean all = entitlement.allByRole();
		Set<String> gridKeys = new HashSet<>();
		Set<String> departments = Set.of();
		Set<String> units = Set.of();
		DataScope scope = entitlement.scope();
		if (scope != null) {
			all = all || scope.all();
			scope.grids().forEach((layer, codes) -> codes.forEach(code -> gridKeys.add(layer + ":" + code)));
			gridKeys.addAll(entitlement.unitGridKeys());
			departments = scope.departments();
			units = scope.units();
		}
		return new Grant(caller.username(), caller.roles(), caller.personId(), entitlement.permissions(), all,
				gridKeys, departments, units, false);
	}
}
