package org.onegrid.people;

import java.util.Set;

/**
 * What a caller's roles permit and what their person sees, read together so that a caller's rights, worked out
 * afresh at every request, cost one read: a demotion, a move to another unit or grid, or a removed person counts
 * at the caller's next request.
 *
 * @param permissions the union of the permissions of the caller's roles that exist
 * @param allByRole whether one of the caller's roles has scope ALL
 * @param scope the person's data scope, or {@code null} when the caller has no person or the person is gone
 * @param unitGridKeys the grids ({@code layer:code}) that the units of the person's scope stand for
 */
public record Entitlement(Set<String> permissions, boolean allByRole, DataScope scope, Set<String> unitGridKeys) {

	public Entitlement {
		permissions = Set.copyOf(permissions);
		unitGridKeys = Set.copyOf(unitGridKeys);
	}
}
