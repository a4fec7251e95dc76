package org.onegrid.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onegrid.people.Role;
import org.onegrid.people.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored roles with their permissions.
 */
@Repository
public class StoredRoles {

	private final JdbcClient jdbc;

	StoredRoles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Role> all() {
		return jdbc.sql("SELECT * FROM role ORDER BY code").query(StoredRoles::map).list();
	}

	public Optional<Role> find(String code) {
		return jdbc.sql("SELECT * FROM role WHERE code = ?").param(code).query(StoredRoles::map).optional();
	}

	public List<Role> of(List<String> codes) {
		return jdbc.sql("SELECT * FROM role WHERE code = ANY (?) ORDER BY code")
			.param(codes.toArray(String[]::new))
			.query(StoredRoles::map)
			.list();
	}

	/** Creates or replaces the role; returns whether it was created. */
	public boolean save(Role role) {
		return jdbc.sql("""
				INSERT INTO role (code, name_zh, name_en, scope, permissions) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
				  scope = EXCLUDED.scope, permissions = EXCLUDED.permissions
				RETURNING (xmax = 0)
				""")
			.params(role.code(), role.nameZh(), role.nameEn(), role.scope().name(),
					role.permissions().toArray(String[]::new))
			.query(Boolean.class)
			.single();
	}

	private static Role map(ResultSet rs, int row) throws SQLException {
		return new Role(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				ScopeKind.valueOf(rs.getString("scope")),
				Arrays.asList((String[]) rs.getArray("permissions").getArray()));
	}
}
