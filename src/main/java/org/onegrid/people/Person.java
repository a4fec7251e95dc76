package org.onegrid.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of staff (or a registered citizen). The phone number is stored as given; masking it for readers without
 * {@code pii:read} belongs to the access layer.
 *
 * @param departmentCode the person's department, {@code null} for street and community staff
 * @param roles role codes
 * @param generated whether the person is generated demo data
 * @param qualifications the qualifications the person holds, by code
 */
public record Person(long id, String name, String phone, String unitCode, String departmentCode, List<String> roles,
		boolean generated, List<Qualification> qualifications) {

	public Person {
		roles = List.copyOf(roles);
		qualifications = List.copyOf(qualifications);
	}

	/** A person holding no qualification. */
	public Person(long id, String name, String phone, String unitCode, String departmentCode, List<String> roles,
			boolean generated) {
		this(id, name, phone, unitCode, departmentCode, roles, generated, List.of());
	}

	/** Whether the person holds the qualification on the day. */
	public boolean qualifiedOn(String code, LocalDate day) {
		return qualifications.stream().anyMatch(q -> q.code().equals(code) && q.validOn(day));
	}
}
