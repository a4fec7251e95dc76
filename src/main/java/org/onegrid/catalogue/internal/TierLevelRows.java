package org.onegrid.catalogue.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored handling levels of the tiers the district set, by tier code.
 */
@Repository
public class TierLevelRows {

	private final JdbcClient jdbc;

	TierLevelRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, List<String>> all() {
		Map<String, List<String>> levels = new LinkedHashMap<>();
		jdbc.sql("SELECT tier, level_names FROM catalogue_tier_level ORDER BY tier").query(rs -> {
			levels.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()));
		});
		return levels;
	}

	public void save(String tier, List<String> levels, Instant at) {
		jdbc.sql("""
				INSERT INTO catalogue_tier_level (tier, level_names, updated_at)
				VALUES (:tier, string_to_array(:levels, chr(31)), :at)
				ON CONFLICT (tier) DO UPDATE SET level_names = excluded.level_names, updated_at = excluded.updated_at
				""")
			.param("tier", tier)
			.param("levels", String.join("\u001f", levels))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	public boolean delete(String tier) {
		return jdbc.sql("DELETE FROM catalogue_tier_level WHERE tier = ?").param(tier).update() > 0;
	}
}
