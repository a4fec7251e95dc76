package org.onegrid.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onegrid.people.Person;
import org.onegrid.people.Qualification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored people and their roles.
 */
@Repository
public class Persons {

	private static final String SELECT = """
			SELECT p.*, coalesce((SELECT array_agg(r.role_code ORDER BY r.role_code) FROM person_role r
			                      WHERE r.person_id = p.id), '{}') AS roles,
			       coalesce((SELECT array_agg(q.code ORDER BY q.code) FROM person_qualification q
			                 WHERE q.person_id = p.id), '{}') AS qualification_codes,
			       coalesce((SELECT array_agg(q.valid_until ORDER BY q.code) FROM person_qualification q
			                 WHERE q.person_id = p.id), '{}') AS qualification_dates
			FROM person p
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Persons(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Person> find(long id) {
		return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(Persons::map).optional();
	}

	/** Locks the person's row for the rest of the transaction, so that their changes run one at a time. */
	public boolean lock(long id) {
		return jdbc.sql("SELECT id FROM person WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
			.isPresent();
	}

	/** People filtered by unit, department and role; {@code null} filters match everyone. */
	public List<Person> find(String unit, String department, String role) {
		return jdbc.sql(SELECT + """
				WHERE (CAST(:unit AS TEXT) IS NULL OR p.unit_code = :unit)
				  AND (CAST(:department AS TEXT) IS NULL OR p.department_code = :department)
				  AND (CAST(:role AS TEXT) IS NULL
				       OR EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role_code = :role))
				ORDER BY p.id
				""").param("unit", unit).param("department", department).param("role", role)
			.query(Persons::map)
			.list();
	}

	public List<Person> byIds(List<Long> ids) {
		return jdbc.sql(SELECT + " WHERE p.id = ANY (?) ORDER BY p.id").param(ids.toArray(Long[]::new))
			.query(Persons::map)
			.list();
	}

	/** Stores a new person and returns the id. */
	public long add(Person person) {
		long id = jdbc.sql("""
				INSERT INTO person (name, phone, unit_code, department_code, generated, created_at)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id
				""").params(person.name(), person.phone(), person.unitCode(), person.departmentCode(),
				person.generated(), clock.instant().atOffset(ZoneOffset.UTC)).query(Long.class).single();
		saveRoles(id, person.roles());
		return id;
	}

	public void update(long id, Person person) {
		jdbc.sql("UPDATE person SET name = ?, phone = ?, unit_code = ?, department_code = ?, generated = ? WHERE id = ?")
			.params(person.name(), person.phone(), person.unitCode(), person.departmentCode(), person.generated(), id)
			.update();
		jdbc.sql("DELETE FROM person_role WHERE person_id = ?").param(id).update();
		saveRoles(id, person.roles());
	}

	/** Replaces the person's qualifications. */
	public void qualify(long id, List<Qualification> qualifications) {
		jdbc.sql("DELETE FROM person_qualification WHERE person_id = ?").param(id).update();
		for (Qualification qualification : qualifications) {
			jdbc.sql("INSERT INTO person_qualification (person_id, code, valid_until) VALUES (?, ?, ?)")
				.params(id, qualification.code(),
						qualification.validUntil() == null ? null : Date.valueOf(qualification.validUntil()))
				.update();
		}
	}

	private void saveRoles(long id, List<String> roles) {
		jdbc.sql("INSERT INTO person_role (person_id, role_code) SELECT ?, unnest(?::text[])")
			.params(id, roles.toArray(String[]::new))
			.update();
	}

	private static Person map(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("unit_code"),
				rs.getString("department_code"), Arrays.asList((String[]) rs.getArray("roles").getArray()),
				rs.getBoolean("generated"), qualifications(rs));
	}

	private static List<Qualification> qualifications(ResultSet rs) throws SQLException {
		String[] codes = (String[]) rs.getArray("qualification_codes").getArray();
		Date[] dates = (Date[]) rs.getArray("qualification_dates").getArray();
		List<Qualification> qualifications = new ArrayList<>();
		for (int i = 0; i < codes.length; i++) {
			qualifications.add(new Qualification(codes[i], dates[i] == null ? null : dates[i].toLocalDate()));
		}
		return qualifications;
	}
}
