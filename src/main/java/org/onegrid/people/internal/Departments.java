package org.onegrid.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onegrid.people.Department;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored departments and their groups.
 */
@Repository
public class Departments {

	private static final String COLUMNS = "code, name_zh, name_en, unit_code, parent_code, categories";

	private static final RowMapper<Department> ROW = Departments::row;

	private final JdbcClient jdbc;

	Departments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Department> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM department ORDER BY code").query(ROW).list();
	}

	public Optional<Department> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM department WHERE code = ?").param(code).query(ROW).optional();
	}

	/** The codes of the department's groups. */
	public List<String> groupsOf(String parent) {
		return jdbc.sql("SELECT code FROM department WHERE parent_code = ? ORDER BY code")
			.param(parent)
			.query(String.class)
			.list();
	}

	/** The group of {@code parent} that takes matters of the minor class, if one lists it. */
	public Optional<String> groupFor(String parent, String minorCode) {
		return jdbc.sql("SELECT code FROM department WHERE parent_code = ? AND ? = ANY (categories) ORDER BY code LIMIT 1")
			.params(parent, minorCode)
			.query(String.class)
			.optional();
	}

	/** Creates or replaces the department; returns whether it was created. */
	public boolean save(Department department) {
		return jdbc.sql("""
				INSERT INTO department (code, name_zh, name_en, unit_code, parent_code, categories)
				VALUES (?, ?, ?, ?, ?, ?::text[])
				ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
				  unit_code = EXCLUDED.unit_code, parent_code = EXCLUDED.parent_code, categories = EXCLUDED.categories
				RETURNING (xmax = 0)
				""")
			.params(department.code(), department.nameZh(), department.nameEn(), department.unitCode(),
					department.parentCode(), department.categories().toArray(String[]::new))
			.query(Boolean.class)
			.single();
	}

	private static Department row(ResultSet rs, int rowNum) throws SQLException {
		String[] categories = (String[]) rs.getArray("categories").getArray();
		return new Department(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				rs.getString("unit_code"), rs.getString("parent_code"), Arrays.asList(categories));
	}
}
