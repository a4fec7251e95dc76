package org.onegrid.people;

import java.util.List;

/**
 * A member of staff (or a registered citizen). The phone number is stored as given; masking it for readers without
 * {@code pii:read} belongs to the access layer.
 *
 * @param departmentCode the person's department, {@code null} for street and community staff
 * @param roles role codes
 * @param generated whether the person is generated demo data
 */
public record Person(long id, String name, String phone, String unitCode, String departmentCode, List<String> roles,
		boolean generated) {

	public Person {
		roles = List.copyOf(roles);
	}
}
