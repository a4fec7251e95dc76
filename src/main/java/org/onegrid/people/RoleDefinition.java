package org.onegrid.people;

import java.util.List;

/**
 * A role as a client sends it: names, a {@link ScopeKind} name and permission strings from {@link Permissions#KNOWN}.
 */
public record RoleDefinition(String nameZh, String nameEn, String scope, List<String> permissions) {
}
