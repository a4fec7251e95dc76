package org.onegrid.catalogue.internal;

import java.util.List;

import org.onegrid.catalogue.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored major classes (大类).
 */
@Repository
public class MajorClasses {

	private final JdbcClient jdbc;

	MajorClasses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A major class without its minor classes. */
	public record MajorEntry(Kind kind, String code, String nameZh, String nameEn) {
	}

	public List<MajorEntry> all() {
		return jdbc.sql("SELECT * FROM catalogue_major_class ORDER BY kind, code")
			.query((rs, row) -> new MajorEntry(Kind.valueOf(rs.getString("kind")), rs.getString("code"),
					rs.getString("name_zh"), rs.getString("name_en")))
			.list();
	}

	public boolean exists(Kind kind, String code) {
		return jdbc.sql("SELECT count(*) FROM catalogue_major_class WHERE kind = ? AND code = ?")
			.params(kind.name(), code)
			.query(Integer.class)
			.single() > 0;
	}

	/** Creates the major class or renames it. */
	public void save(MajorEntry major) {
		jdbc.sql("""
				INSERT INTO catalogue_major_class (kind, code, name_zh, name_en) VALUES (?, ?, ?, ?)
				ON CONFLICT (kind, code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en
				""").params(major.kind().name(), major.code(), major.nameZh(), major.nameEn()).update();
	}

	public int count() {
		return jdbc.sql("SELECT count(*) FROM catalogue_major_class").query(Integer.class).single();
	}
}
