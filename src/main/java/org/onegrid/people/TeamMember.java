package org.onegrid.people;

/**
 * A person serving a grid in a role.
 *
 * @param departmentCode the person's department, which tells a specialist worker's line (police, sanitation…)
 */
public record TeamMember(String layerCode, String gridCode, long personId, String personName, String role,
		String departmentCode) {
}
