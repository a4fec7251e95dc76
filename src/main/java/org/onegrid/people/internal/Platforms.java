package org.onegrid.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.people.Platform;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored platforms and their member departments.
 */
@Repository
public class Platforms {

	private final JdbcClient jdbc;

	Platforms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Platform> all() {
		Map<String, List<String>> members = new LinkedHashMap<>();
		jdbc.sql("SELECT platform_code, department_code FROM platform_department ORDER BY platform_code, department_code")
			.query(rs -> {
				members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return jdbc.sql("SELECT code, name_zh, name_en, lead_department FROM platform ORDER BY code")
			.query((rs, row) -> new Platform(rs.getString(1), rs.getString(2), rs.getString(3),
					members.getOrDefault(rs.getString(1), List.of()), rs.getString(4)))
			.list();
	}

	/** The code of the unit that coordinates matters spanning platforms, if the district named one. */
	public Optional<String> coordinator() {
		return jdbc.sql("SELECT target_code FROM platform_coordinator").query(String.class).optional();
	}

	/** Names the coordinating unit, or clears it when {@code code} is {@code null}. */
	public void coordinator(String code) {
		jdbc.sql("DELETE FROM platform_coordinator").update();
		if (code != null) {
			jdbc.sql("INSERT INTO platform_coordinator (target_code) VALUES (?)").param(code).update();
		}
	}

	public Optional<Platform> find(String code) {
		return all().stream().filter(platform -> platform.code().equals(code)).findFirst();
	}

	/** Creates or replaces the platform with exactly its given departments; returns whether it was created. */
	public boolean save(Platform platform) {
		boolean created = jdbc.sql("""
				INSERT INTO platform (code, name_zh, name_en, lead_department) VALUES (?, ?, ?, ?)
				ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
				  lead_department = EXCLUDED.lead_department
				RETURNING (xmax = 0)
				""").params(platform.code(), platform.nameZh(), platform.nameEn(), platform.lead()).query(Boolean.class).single();
		jdbc.sql("DELETE FROM platform_department WHERE platform_code = ?").param(platform.code()).update();
		for (String department : platform.departments()) {
			jdbc.sql("INSERT INTO platform_department (platform_code, department_code) VALUES (?, ?)")
				.params(platform.code(), department)
				.update();
		}
		return created;
	}
}
