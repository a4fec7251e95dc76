package org.onegrid.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.people.DataScope;
import org.onegrid.people.Entitlement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads an {@link Entitlement} in one statement: the roles' permissions, and the person's scope from the scope
 * kinds of their own roles (the grids of their teams, their department with its groups and the platforms it acts
 * for, their unit with every unit below it and the grids those units stand for). Which platforms a department acts
 * for follows {@link org.onegrid.people.Platform#actingDepartments}: its lead, or all its departments when it has
 * none; a change to that rule is a change here too.
 */
@Repository
public class Entitlements {

	private static final String SELECT = """
			WITH RECURSIVE
			granted AS (
			  SELECT coalesce(array_agg(DISTINCT p) FILTER (WHERE p IS NOT NULL), '{}') AS permissions,
			         coalesce(bool_or(r.scope = 'ALL'), false) AS all_by_role
			  FROM role r LEFT JOIN LATERAL unnest(r.permissions) p ON true
			  WHERE r.code = ANY (:roles)),
			person_found AS (SELECT id, unit_code, department_code FROM person WHERE id = :person),
			kinds AS (
			  SELECT coalesce(array_agg(DISTINCT r.scope), '{}') AS kinds FROM person_role pr
			  JOIN role r ON r.code = pr.role_code JOIN person_found p ON p.id = pr.person_id),
			below(code) AS (
			  SELECT unit_code FROM person_found, kinds WHERE 'UNIT' = ANY (kinds.kinds)
			  UNION SELECT u.code FROM org_unit u JOIN below b ON u.parent_code = b.code)
			SELECT g.permissions, g.all_by_role, p.id AS person_id, 'ALL' = ANY (k.kinds) AS all_by_scope,
			  coalesce((SELECT array_agg(m.layer_code ORDER BY m.layer_code, m.grid_code, m.role_code)
			            FROM grid_team_member m
			            WHERE m.person_id = p.id AND 'GRID' = ANY (k.kinds)), '{}') AS grid_layers,
			  coalesce((SELECT array_agg(m.grid_code ORDER BY m.layer_code, m.grid_code, m.role_code)
			            FROM grid_team_member m
			            WHERE m.person_id = p.id AND 'GRID' = ANY (k.kinds)), '{}') AS grid_codes,
			  coalesce((SELECT array_agg(code) FROM (
			              SELECT p.department_code AS code
			              UNION SELECT d.code FROM department d WHERE d.parent_code = p.department_code
			              UNION SELECT pl.code FROM platform pl
			              WHERE pl.lead_department = p.department_code
			                 OR (pl.lead_department IS NULL AND EXISTS (
			                       SELECT FROM platform_department pd
			                       WHERE pd.platform_code = pl.code AND pd.department_code = p.department_code))) d
			            WHERE d.code IS NOT NULL AND 'DEPARTMENT' = ANY (k.kinds)), '{}') AS departments,
			  coalesce((SELECT array_agg(code) FROM below), '{}') AS units,
			  coalesce((SELECT array_agg(u.layer_code || ':' || u.grid_code)
			            FROM org_unit u JOIN below b ON b.code = u.code
			            WHERE u.layer_code IS NOT NULL AND u.grid_code IS NOT NULL), '{}') AS unit_grids
			FROM granted g CROSS JOIN kinds k LEFT JOIN person_found p ON true
			""";

	private final JdbcClient jdbc;

	Entitlements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The roles' permissions and the person's scope; {@code personId} may be {@code null}. */
	public Entitlement of(List<String> roles, Long personId) {
		return jdbc.sql(SELECT)
			.param("roles", roles.toArray(String[]::new))
			.param("person", personId == null ? -1L : personId)
			.query(Entitlements::map)
			.single();
	}

	private static Entitlement map(ResultSet rs, int row) throws SQLException {
		Set<String> permissions = strings(rs.getArray("permissions"));
		DataScope scope = null;
		Set<String> unitGrids = Set.of();
		long personId = rs.getLong("person_id");
		if (!rs.wasNull()) {
			String[] layers = (String[]) rs.getArray("grid_layers").getArray();
			String[] codes = (String[]) rs.getArray("grid_codes").getArray();
			Map<String, Set<String>> grids = new HashMap<>();
			for (int i = 0; i < layers.length; i++) {
				grids.computeIfAbsent(layers[i], k -> new HashSet<>()).add(codes[i]);
			}
			scope = new DataScope(personId, rs.getBoolean("all_by_scope"), grids,
					strings(rs.getArray("departments")), strings(rs.getArray("units")));
			unitGrids = strings(rs.getArray("unit_grids"));
		}
		return new Entitlement(permissions, rs.getBoolean("all_by_role"), scope, unitGrids);
	}

	private static Set<String> strings(Array array) throws SQLException {
		return array == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) array.getArray()));
	}
}
