package org.onegrid.grid.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.onegrid.geo.GeoJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored grids of every layer. A layer's grids are only ever replaced as a whole.
 */
@Repository
public class Grids {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Grids(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Replaces every grid of the layer with {@code grids}, in the caller's transaction. */
	public void replace(String layer, List<StoredGrid> grids) {
		jdbc.sql("DELETE FROM grid WHERE layer_code = ?").param(layer).update();
		var writer = new WKBWriter();
		List<Object[]> rows = new ArrayList<>(grids.size());
		for (int i = 0; i < grids.size(); i++) {
			StoredGrid grid = grids.get(i);
			Envelope box = grid.geometry().getEnvelopeInternal();
			rows.add(new Object[] { layer, grid.code(), grid.name(), grid.level(), grid.parentCode(),
					writer.write(grid.geometry()), grid.areaM2(), box.getMinX(), box.getMinY(), box.getMaxX(),
					box.getMaxY(), grid.generated(), i });
		}
		batch.batchUpdate("""
				INSERT INTO grid (layer_code, code, name, level, parent_code, geometry, area_m2, min_lon, min_lat,
				                  max_lon, max_lat, generated, ordinal)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	/** Every grid of the layer, in import order. */
	public List<StoredGrid> ofLayer(String layer) {
		return jdbc.sql("SELECT * FROM grid WHERE layer_code = ? ORDER BY ordinal").param(layer).query(Grids::map)
			.list();
	}

	/** Every grid of the layer without its geometry, in import order: cheap enough for lists and trees. */
	public List<GridEntry> entriesOf(String layer) {
		return jdbc.sql("""
				SELECT code, name, level, parent_code, area_m2, generated FROM grid
				WHERE layer_code = ? ORDER BY ordinal
				""").param(layer).query(Grids::entry).list();
	}

	private static GridEntry entry(ResultSet rs, int row) throws SQLException {
		return new GridEntry(rs.getString("code"), rs.getString("name"), rs.getInt("level"),
				rs.getString("parent_code"), rs.getDouble("area_m2"), rs.getBoolean("generated"));
	}

	/** One grid of the layer without its geometry; empty when the layer has no such grid. */
	public Optional<GridEntry> entry(String layer, String code) {
		return jdbc.sql("""
				SELECT code, name, level, parent_code, area_m2, generated FROM grid
				WHERE layer_code = ? AND code = ?
				""").params(layer, code).query(Grids::entry).optional();
	}

	/** The grid's code and its ancestors' up to the layer's root, the grid first; empty when there is no such grid. */
	public List<String> path(String layer, String code) {
		return jdbc.sql("""
				WITH RECURSIVE up (code, parent_code, depth) AS (
				    SELECT code, parent_code, 0 FROM grid WHERE layer_code = :layer AND code = :code
				    UNION ALL
				    SELECT g.code, g.parent_code, up.depth + 1 FROM grid g JOIN up ON g.code = up.parent_code
				    WHERE g.layer_code = :layer AND up.depth < 32)
				SELECT code FROM up ORDER BY depth
				""").param("layer", layer).param("code", code).query(String.class).list();
	}

	/** A grid without its geometry. */
	public record GridEntry(String code, String name, int level, String parentCode, double areaM2,
			boolean generated) {
	}

	/**
	 * Up to {@code limit} grids of any layer whose name holds every one of the (lower-case) words, or whose code is
	 * the words as typed; the best first: names that begin with the words, then the shortest.
	 */
	public List<Found> search(List<String> words, int limit) {
		return jdbc.sql(NameSearch.sql("SELECT * FROM grid", words.size()))
			.params(NameSearch.params(words, limit))
			.query((rs, row) -> new Found(rs.getString("layer_code"), map(rs, row)))
			.list();
	}

	/** A grid found by name, with its layer. */
	public record Found(String layer, StoredGrid grid) {
	}

	public Optional<StoredGrid> find(String layer, String code) {
		return jdbc.sql("SELECT * FROM grid WHERE layer_code = ? AND code = ?").params(layer, code)
			.query(Grids::map).optional();
	}

	static StoredGrid map(ResultSet rs, int row) throws SQLException {
		Geometry geometry;
		try {
			geometry = new WKBReader(GeoJson.FACTORY).read(rs.getBytes("geometry"));
		}
		catch (ParseException e) {
			throw new SQLException("Unreadable geometry of grid " + rs.getString("code"), e);
		}
		return new StoredGrid(rs.getString("code"), rs.getString("name"), rs.getInt("level"),
				rs.getString("parent_code"), geometry, rs.getDouble("area_m2"), rs.getBoolean("generated"));
	}
}
