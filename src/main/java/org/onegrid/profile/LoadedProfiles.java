package org.onegrid.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The district profiles loaded into this installation, each with the files it was last loaded from. */
@Repository
class LoadedProfiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	LoadedProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A loaded profile: its head and its files as loaded. */
	record LoadedProfile(String id, String name, String version, int maxWorkingDays, Map<String, String> files,
			Instant loadedAt, String loadedBy) {
	}

	void save(DistrictProfile profile, Instant at, String by) {
		jdbc.sql("""
				INSERT INTO district_profile (id, name, version, max_working_days, files, loaded_at, loaded_by)
				VALUES (:id, :name, :version, :max, CAST(:files AS jsonb), :at, :by)
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, version = EXCLUDED.version,
				  max_working_days = EXCLUDED.max_working_days, files = EXCLUDED.files,
				  loaded_at = EXCLUDED.loaded_at, loaded_by = EXCLUDED.loaded_by
				""")
			.param("id", profile.id())
			.param("name", profile.name())
			.param("version", profile.version())
			.param("max", profile.maxWorkingDays())
			.param("files", JSON.writeValueAsString(new TreeMap<>(profile.files())))
			.param("at", java.sql.Timestamp.from(at))
			.param("by", by)
			.update();
	}

	Optional<LoadedProfile> find(String id) {
		return jdbc.sql("SELECT * FROM district_profile WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new LoadedProfile(rs.getString("id"), rs.getString("name"), rs.getString("version"),
					rs.getInt("max_working_days"), JSON.readValue(rs.getString("files"),
							new TypeReference<Map<String, String>>() {
							}),
					rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by")))
			.optional();
	}

	List<String> ids() {
		return jdbc.sql("SELECT id FROM district_profile ORDER BY id").query(String.class).list();
	}
}
