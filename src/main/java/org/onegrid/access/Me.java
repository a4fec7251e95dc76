package org.onegrid.access;

import java.util.List;

/**
 * The signed-in caller as they see themselves: their account and roles, as at sign-in, and the grids they serve
 * now, so that a page can offer "my grids" without asking anyone else's data.
 *
 * @param personId the person (staff member) behind the account, or {@code null} for citizens and the built-in admin
 * @param grids every grid the person serves, once per role they serve it in, by layer and grid code; empty for an
 *        account without a person
 */
record Me(long accountId, String username, String displayName, List<String> roles, Long personId,
		List<ServedGrid> grids) {

	Me {
		roles = List.copyOf(roles);
		grids = List.copyOf(grids);
	}

	static Me of(Caller caller, List<ServedGrid> grids) {
		return new Me(caller.accountId(), caller.username(), caller.displayName(), caller.roles(),
				caller.personId(), grids);
	}

	/**
	 * One grid the caller serves and their post in its team.
	 *
	 * @param levelName the name of the grid's level in its layer, such as 网格
	 * @param role the role code the caller serves the grid in, such as {@code grid-chief}
	 */
	record ServedGrid(String layerCode, String gridCode, String gridName, String levelName, String role) {
	}
}
