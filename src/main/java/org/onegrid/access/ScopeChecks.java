package org.onegrid.access;

import java.util.List;

import org.onegrid.grid.GridHierarchy;
import org.onegrid.people.GridTeams;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.springframework.stereotype.Component;

/**
 * Decides whether one person, unit or grid lies within a caller's data scope, for the endpoints that name one.
 * <p>
 * A person is in scope when they serve in one of the caller's units or in the caller's department, or serve a grid
 * at or below one of the caller's grids. A unit is in scope when it lies in the caller's units, or owns a grid at
 * or below one of the caller's grids. A grid is in scope when it, or a grid above it, is one of the caller's. A
 * caller who sees everything sees them all; a thing that does not exist is in nobody's scope but theirs, so the
 * endpoint answers its own 404 to them and a 403 to everyone else.
 */
@Component
class ScopeChecks {

	private final People people;

	private final GridTeams teams;

	private final Organisation organisation;

	private final GridHierarchy hierarchy;

	ScopeChecks(People people, GridTeams teams, Organisation organisation, GridHierarchy hierarchy) {
		this.people = people;
		this.teams = teams;
		this.organisation = organisation;
		this.hierarchy = hierarchy;
	}

	boolean person(Grant grant, long personId) {
		if (grant.all()) {
			return true;
		}
		if (!people.exists(personId)) {
			return false;
		}
		Person person = people.get(personId);
		if (person.unitCode() != null && grant.units().contains(person.unitCode())
				|| person.departmentCode() != null && grant.departments().contains(person.departmentCode())) {
			return true;
		}
		return teams.gridsOf(personId).stream().anyMatch(member -> grid(grant, member.layerCode(),
				member.gridCode()));
	}

	boolean unit(Grant grant, String unitCode) {
		if (grant.all() || grant.units().contains(unitCode)) {
			return true;
		}
		if (!organisation.exists(unitCode)) {
			return false;
		}
		OrgUnit unit = organisation.get(unitCode);
		return unit.layerCode() != null && unit.gridCode() != null && grid(grant, unit.layerCode(), unit.gridCode());
	}

	/** A grid and its subtree; a {@code null} grid is the whole layer. */
	boolean grid(Grant grant, String layerCode, String gridCode) {
		if (grant.all()) {
			return true;
		}
		if (layerCode == null || gridCode == null) {
			return false;
		}
		List<String> path = hierarchy.path(layerCode, gridCode);
		return grant.seesGridPath(layerCode, path);
	}
}
