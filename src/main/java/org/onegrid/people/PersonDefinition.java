package org.onegrid.people;

import java.util.List;

/**
 * A person as a client sends it; every field is checked and every problem listed.
 */
public record PersonDefinition(String name, String phone, String unitCode, String departmentCode, List<String> roles,
		Boolean generated) {
}
