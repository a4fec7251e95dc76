package org.onegrid.people;

import java.util.LinkedHashSet;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.people.internal.StoredRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles of the district (网格长, 专职网格员, 值班长, 派遣员…) with what each may do and see. OneGrid ships sensible
 * defaults; a district changes them here, and every check asks {@link #permits} rather than comparing role names.
 */
@Service
public class Roles {

	private final StoredRoles roles;

	Roles(StoredRoles roles) {
		this.roles = roles;
	}

	public List<Role> list() {
		return roles.all();
	}

	/** @throws ApiProblem 404 when there is no such role */
	public Role get(String code) {
		return roles.find(code).orElseThrow(() -> ApiProblem.notFound("Role", code));
	}

	public boolean exists(String code) {
		return code != null && roles.find(code).isPresent();
	}

	/** Whether the role grants the permission; {@code false} for an unknown role. */
	public boolean permits(String roleCode, String permission) {
		return roleCode != null && roles.find(roleCode).map(role -> role.permits(permission)).orElse(false);
	}

	/** The roles among {@code codes} that exist. */
	public List<Role> of(List<String> codes) {
		return roles.of(codes);
	}

	/** Creates or replaces a role; returns whether it was created. Unknown permission strings are refused. */
	@Transactional
	public boolean define(String code, RoleDefinition definition) {
		var input = new Input();
		String checkedCode = input.code(code, "code");
		String nameZh = input.name(definition.nameZh(), "nameZh");
		String nameEn = input.name(definition.nameEn(), "nameEn");
		ScopeKind scope = input.oneOf(ScopeKind.class, definition.scope(), "scope");
		List<String> permissions = definition.permissions() == null ? List.of() : definition.permissions();
		for (int i = 0; i < permissions.size(); i++) {
			if (permissions.get(i) == null) {
				input.add("permissions[" + i + "]", "REQUIRED", "a permission is required, not null");
			}
			else if (!Permissions.KNOWN.contains(permissions.get(i))) {
				input.add("permissions[" + i + "]", "UNKNOWN",
						"'" + permissions.get(i) + "' is not a permission; see GET /api/v1/permissions");
			}
		}
		input.failIfAny();
		return roles.save(new Role(checkedCode, nameZh, nameEn, scope, List.copyOf(new LinkedHashSet<>(permissions))));
	}
}
