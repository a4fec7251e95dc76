package org.onegrid.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.ResponsibilityRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored responsibility rules (权责清单).
 */
@Repository
public class ResponsibilityRules {

	private final JdbcClient jdbc;

	private final Clock clock;

	ResponsibilityRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<ResponsibilityRule> all() {
		return jdbc.sql("SELECT * FROM responsibility_rule ORDER BY kind, category_code, layer_code, grid_code, id")
			.query(ResponsibilityRules::map)
			.list();
	}

	/** The rules for the minor class or its major class. */
	public boolean exists(Kind kind, String categoryCode, String layerCode, String gridCode) {
		return jdbc.sql("""
				SELECT count(*) FROM responsibility_rule
				WHERE kind = ? AND category_code = ? AND layer_code = ? AND grid_code IS NOT DISTINCT FROM ?
				""").params(kind.name(), categoryCode, layerCode, gridCode).query(Integer.class).single() > 0;
	}

	/** Stores the rule and returns its id. */
	public long add(ResponsibilityRule rule) {
		return jdbc.sql("""
				INSERT INTO responsibility_rule (kind, category_code, layer_code, grid_code, lead_department,
				                                 assisting_departments, note, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
				""")
			.params(rule.kind().name(), rule.categoryCode(), rule.layerCode(), rule.gridCode(), rule.leadDepartment(),
					rule.assistingDepartments().toArray(String[]::new), rule.note(),
					clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	public boolean delete(long id) {
		return jdbc.sql("DELETE FROM responsibility_rule WHERE id = ?").param(id).update() > 0;
	}

	private static ResponsibilityRule map(ResultSet rs, int row) throws SQLException {
		return new ResponsibilityRule(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
				rs.getString("category_code"), rs.getString("layer_code"), rs.getString("grid_code"),
				rs.getString("lead_department"), Arrays.asList((String[]) rs.getArray("assisting_departments").getArray()),
				rs.getString("note"));
	}
}
