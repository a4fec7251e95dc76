package org.onegrid.grid.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onegrid.grid.LayerVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recorded versions of each layer's grids, and the grids of the versions that were replaced.
 */
@Repository
public class LayerVersions {

	private static final String COLUMNS = """
			layer_code, version, replaced_version, imported_at, grid_count,
			version = max(version) OVER (PARTITION BY layer_code) AS current""";

	private final JdbcClient jdbc;

	LayerVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version the layer's grids are now, or 0 when no import has given it grids. */
	public long current(String layer) {
		return jdbc.sql("SELECT coalesce(max(version), 0) FROM grid_layer_import WHERE layer_code = ?")
			.param(layer)
			.query(Long.class)
			.single();
	}

	/** Keeps the layer's grids as they are now under {@code version}, before an import replaces them. */
	public void archive(String layer, long version) {
		jdbc.sql("""
				INSERT INTO grid_archived (layer_code, version, code, name, level, parent_code, geometry, area_m2,
				                           generated, ordinal)
				SELECT layer_code, ?, code, name, level, parent_code, geometry, area_m2, generated, ordinal
				FROM grid WHERE layer_code = ?
				""").params(version, layer).update();
	}

	/** Records an import that made {@code version}, with what it changed as JSON. */
	public void record(String layer, long version, long replaced, Instant at, int gridCount, String changes) {
		jdbc.sql("""
				INSERT INTO grid_layer_import (layer_code, version, replaced_version, imported_at, grid_count, changes)
				VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
				""").params(layer, version, replaced, at.atOffset(ZoneOffset.UTC), gridCount, changes).update();
	}

	/** The layer's versions, the newest first. */
	public List<LayerVersion> of(String layer) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM grid_layer_import WHERE layer_code = ? ORDER BY version DESC")
			.param(layer)
			.query(LayerVersions::map)
			.list();
	}

	public Optional<LayerVersion> find(String layer, long version) {
		return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS
				+ " FROM grid_layer_import WHERE layer_code = ?) v WHERE version = ?")
			.params(layer, version)
			.query(LayerVersions::map)
			.optional();
	}

	/** What the import that made the version changed, as stored JSON ({@code {}} for versions made before). */
	public String changes(String layer, long version) {
		return jdbc.sql("SELECT changes::text FROM grid_layer_import WHERE layer_code = ? AND version = ?")
			.params(layer, version)
			.query(String.class)
			.single();
	}

	/** The grids of a replaced version, in import order. */
	public List<StoredGrid> archived(String layer, long version) {
		return jdbc.sql("SELECT * FROM grid_archived WHERE layer_code = ? AND version = ? ORDER BY ordinal")
			.params(layer, version)
			.query(Grids::map)
			.list();
	}

	private static LayerVersion map(ResultSet rs, int row) throws SQLException {
		return new LayerVersion(rs.getString("layer_code"), rs.getLong("version"), rs.getLong("replaced_version"),
				rs.getObject("imported_at", java.time.OffsetDateTime.class).toInstant(), rs.getInt("grid_count"),
				rs.getBoolean("current"));
	}
}
