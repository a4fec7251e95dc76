package org.onegrid.grid.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GeoShapes;
import org.onegrid.grid.GridMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored members of each layer's grids. A layer's members are replaced as a whole; a boundary change moves
 * single members to the grid that succeeds theirs.
 */
@Repository
public class Members {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Members(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Replaces every member of the layer, in the caller's transaction, and gives the set's new version. */
	public long replace(String layer, List<GridMember> members, Instant now) {
		long version = jdbc.sql("""
				INSERT INTO grid_member_set (layer_code, updated_at) VALUES (?, ?)
				ON CONFLICT (layer_code) DO UPDATE SET version = nextval('grid_change_seq'), updated_at = EXCLUDED.updated_at
				RETURNING version
				""").params(layer, Timestamp.from(now)).query(Long.class).single();
		jdbc.sql("DELETE FROM grid_member WHERE layer_code = ?").param(layer).update();
		List<Object[]> rows = new ArrayList<>(members.size());
		for (int i = 0; i < members.size(); i++) {
			GridMember m = members.get(i);
			rows.add(new Object[] { layer, m.code(), m.grid(), m.kind(), m.name(), m.contact(), m.coordinated(),
					m.reachMetres(), JSON.writeValueAsString(GeoJson.write(m.shape())), i });
		}
		batch.batchUpdate("""
				INSERT INTO grid_member (layer_code, code, grid_code, kind, name, contact, coordinated, reach_m,
				                         geometry, ordinal)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
				""", rows);
		return version;
	}

	/** Every member of the layer, in the order they were given. */
	public List<GridMember> ofLayer(String layer) {
		return jdbc.sql("SELECT * FROM grid_member WHERE layer_code = ? ORDER BY ordinal").param(layer)
			.query(Members::map).list();
	}

	/** The members of the layer's grids {@code codes}. */
	public List<GridMember> ofGrids(String layer, String[] codes) {
		return jdbc.sql("SELECT * FROM grid_member WHERE layer_code = ? AND grid_code = ANY (?) ORDER BY ordinal")
			.params(layer, codes).query(Members::map).list();
	}

	/** Up to {@code limit} members of any layer found by name or code as {@link Grids#search} finds grids. */
	public List<GridMember> search(List<String> words, int limit) {
		return jdbc.sql(NameSearch.sql("SELECT * FROM grid_member", words.size()))
			.params(NameSearch.params(words, limit))
			.query(Members::map)
			.list();
	}

	/** The member {@code code} of the layer, if there is one. */
	public Optional<GridMember> find(String layer, String code) {
		return jdbc.sql("SELECT * FROM grid_member WHERE layer_code = ? AND code = ?").params(layer, code)
			.query(Members::map).optional();
	}

	/** Binds a member to another grid of its layer, or removes it when {@code grid} is null. */
	public void rebind(String layer, String code, String grid) {
		String sql = grid == null ? "DELETE FROM grid_member WHERE layer_code = :layer AND code = :code"
				: "UPDATE grid_member SET grid_code = :grid WHERE layer_code = :layer AND code = :code";
		jdbc.sql(sql).param("layer", layer).param("code", code).param("grid", grid).update();
		jdbc.sql("UPDATE grid_member_set SET version = nextval('grid_change_seq') WHERE layer_code = ?").param(layer)
			.update();
	}

	/** A stamp that changes whenever any layer's members change. */
	public String stamp() {
		return jdbc.sql("SELECT coalesce(string_agg(layer_code || '@' || version, ',' ORDER BY layer_code), '') "
				+ "FROM grid_member_set").query(String.class).single();
	}

	private static GridMember map(ResultSet rs, int row) throws SQLException {
		return new GridMember(rs.getString("layer_code"), rs.getString("code"), rs.getString("grid_code"),
				rs.getString("kind"), rs.getString("name"), rs.getString("contact"), rs.getBoolean("coordinated"),
				rs.getInt("reach_m"), GeoShapes.read(JSON.readTree(rs.getString("geometry")), Crs.WGS84));
	}
}
