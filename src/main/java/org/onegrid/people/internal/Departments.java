package org.onegrid.people.internal;

import java.util.List;
import java.util.Optional;

import org.onegrid.people.Department;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored departments.
 */
@Repository
public class Departments {

	private final JdbcClient jdbc;

	Departments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Department> all() {
		return jdbc.sql("SELECT code, name_zh, name_en, unit_code FROM department ORDER BY code")
			.query(Department.class)
			.list();
	}

	public Optional<Department> find(String code) {
		return jdbc.sql("SELECT code, name_zh, name_en, unit_code FROM department WHERE code = ?")
			.param(code)
			.query(Department.class)
			.optional();
	}

	/** Creates or replaces the department; returns whether it was created. */
	public boolean save(Department department) {
		return jdbc.sql("""
				INSERT INTO department (code, name_zh, name_en, unit_code) VALUES (?, ?, ?, ?)
				ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
				  unit_code = EXCLUDED.unit_code
				RETURNING (xmax = 0)
				""")
			.params(department.code(), department.nameZh(), department.nameEn(), department.unitCode())
			.query(Boolean.class)
			.single();
	}
}
