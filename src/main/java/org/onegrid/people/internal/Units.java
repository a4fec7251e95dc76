package org.onegrid.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onegrid.people.OrgUnit;
import org.onegrid.people.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored organisation units.
 */
@Repository
public class Units {

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OrgUnit> all() {
		return jdbc.sql("SELECT * FROM org_unit ORDER BY code").query(Units::map).list();
	}

	public Optional<OrgUnit> find(String code) {
		return jdbc.sql("SELECT * FROM org_unit WHERE code = ?").param(code).query(Units::map).optional();
	}

	/** The unit and every unit below it. */
	public List<String> subtree(String code) {
		return jdbc.sql("""
				WITH RECURSIVE below(code) AS (
				  SELECT code FROM org_unit WHERE code = ?
				  UNION SELECT u.code FROM org_unit u JOIN below b ON u.parent_code = b.code)
				SELECT code FROM below
				""").param(code).query(String.class).list();
	}

	/** Creates or replaces the unit; returns whether it was created. */
	public boolean save(OrgUnit unit) {
		return jdbc.sql("""
				INSERT INTO org_unit (code, name, kind, parent_code, layer_code, grid_code, generated)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
				  parent_code = EXCLUDED.parent_code, layer_code = EXCLUDED.layer_code, grid_code = EXCLUDED.grid_code,
				  generated = EXCLUDED.generated
				RETURNING (xmax = 0)
				""")
			.params(unit.code(), unit.name(), unit.kind().name(), unit.parentCode(), unit.layerCode(), unit.gridCode(),
					unit.generated())
			.query(Boolean.class)
			.single();
	}

	/** Names the unit's head, or clears it with {@code null}; false when there is no such unit. */
	public boolean appointHead(String code, Long personId) {
		return jdbc.sql("UPDATE org_unit SET head_person_id = ? WHERE code = ?").params(personId, code).update() == 1;
	}

	private static OrgUnit map(ResultSet rs, int row) throws SQLException {
		return new OrgUnit(rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
				rs.getString("parent_code"), rs.getString("layer_code"), rs.getString("grid_code"),
				rs.getBoolean("generated"), rs.getObject("head_person_id", Long.class));
	}
}
