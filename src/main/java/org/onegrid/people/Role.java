package org.onegrid.people;

import java.util.List;

/**
 * A role with its permissions and data scope, all of it data a district can change.
 *
 * @param permissions strings from {@link Permissions#KNOWN}, such as {@code case:dispatch}
 */
public record Role(String code, String nameZh, String nameEn, ScopeKind scope, List<String> permissions) {

	public Role {
		permissions = permissions == null ? List.of() : List.copyOf(permissions);
	}

	public boolean permits(String permission) {
		return permissions.contains(permission);
	}
}
