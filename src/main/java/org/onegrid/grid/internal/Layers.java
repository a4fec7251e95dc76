package org.onegrid.grid.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onegrid.grid.CodeRule;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.LayerDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored grid layers.
 */
@Repository
public class Layers {

	/** The advisory lock that an import of grids takes alone and a case's intake shares. */
	private static final long BOUNDARIES = 0x4f4e454752494442L;

	private final JdbcClient jdbc;

	private final Clock clock;

	Layers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<GridLayer> all() {
		return jdbc.sql("SELECT * FROM grid_layer ORDER BY code").query(Layers::map).list();
	}

	public Optional<GridLayer> find(String code) {
		return jdbc.sql("SELECT * FROM grid_layer WHERE code = ?").param(code).query(Layers::map).optional();
	}

	/**
	 * For the rest of the transaction, keeps every import of grids from starting or, when one is under way, waits
	 * for it to end, so that what is located now is stored before any boundary changes (many may hold it at once);
	 * then gives the {@link #stamp} as committed by then.
	 */
	public String holdBoundaries() {
		return jdbc.sql("SELECT grid_boundaries_hold(?)").param(BOUNDARIES).query(String.class).single();
	}

	/** For the rest of the transaction, waits for and then keeps out those who {@link #holdBoundaries}. */
	public void changeBoundaries() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(BOUNDARIES).query((rs, row) -> 1).list();
	}

	/** Locks the layer row for the rest of the transaction, so that imports of one layer run one at a time. */
	public Optional<GridLayer> lock(String code) {
		return jdbc.sql("SELECT * FROM grid_layer WHERE code = ? FOR UPDATE").param(code).query(Layers::map).optional();
	}

	/** Creates the layer, or updates its description; returns whether it was created. */
	public boolean save(LayerDefinition definition) {
		var now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
		return jdbc.sql("""
				INSERT INTO grid_layer (code, name, kind, level_names, code_rule, sequence_digits, generated, source,
				                        created_at, updated_at)
				VALUES (:code, :name, :kind, :levels, :rule, :digits, :generated, :source, :now, :now)
				ON CONFLICT (code) DO UPDATE SET name = :name, kind = :kind, level_names = :levels, code_rule = :rule,
				  sequence_digits = :digits, generated = :generated, source = :source, updated_at = :now,
				  version = nextval('grid_change_seq')
				RETURNING (xmax = 0)
				""")
			.param("code", definition.code())
			.param("name", definition.name())
			.param("kind", definition.kind())
			.param("levels", definition.levelNames().toArray(String[]::new))
			.param("rule", definition.codeRule().name())
			.param("digits", definition.sequenceDigits())
			.param("generated", definition.generated().booleanValue())
			.param("source", definition.source())
			.param("now", now)
			.query(Boolean.class)
			.single();
	}

	/** Records that the layer's grids were replaced; returns the new version. */
	public long replaced(String code, int gridCount) {
		return jdbc.sql("""
				UPDATE grid_layer SET version = nextval('grid_change_seq'), grid_count = ?, updated_at = ?
				WHERE code = ? RETURNING version
				""")
			.params(gridCount, clock.instant().atOffset(java.time.ZoneOffset.UTC), code)
			.query(Long.class)
			.single();
	}

	public boolean delete(String code) {
		return jdbc.sql("DELETE FROM grid_layer WHERE code = ?").param(code).update() > 0;
	}

	/** A stamp that changes whenever any layer is created, changed or deleted. */
	public String stamp() {
		return jdbc.sql("SELECT grid_layers_stamp()").query(String.class).single();
	}

	private static GridLayer map(ResultSet rs, int row) throws SQLException {
		Array levels = rs.getArray("level_names");
		return new GridLayer(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
				Arrays.asList((String[]) levels.getArray()), CodeRule.valueOf(rs.getString("code_rule")),
				rs.getInt("sequence_digits"), rs.getBoolean("generated"), rs.getString("source"),
				rs.getLong("version"), rs.getInt("grid_count"), rs.getTimestamp("updated_at").toInstant());
	}
}
