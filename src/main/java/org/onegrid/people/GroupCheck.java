package org.onegrid.people;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onegrid.api.MinorClassCodes;
import org.onegrid.people.internal.Departments;

/**
 * Checks a department's place among groups: a group belongs to a department that is not itself a group, a department
 * with groups of its own cannot become one, and each category a group takes is a known minor class that no other
 * group of the same department takes already, so that routing by category always has one answer.
 */
final class GroupCheck {

	private final Departments departments;

	private final MinorClassCodes minorClasses;

	GroupCheck(Departments departments, MinorClassCodes minorClasses) {
		this.departments = departments;
		this.minorClasses = minorClasses;
	}

	/** Records the problems of {@code parent} and {@code categories} for the department {@code code}. */
	void check(String code, String parent, List<String> categories, Input input) {
		if (parent != null) {
			Optional<Department> found = departments.find(parent);
			if (parent.equals(code)) {
				input.add("parentCode", "SELF", "a department cannot be a group of itself");
			}
			else if (found.isEmpty()) {
				input.add("parentCode", "UNKNOWN", "there is no department '" + parent + "'");
			}
			else if (found.get().isGroup()) {
				input.add("parentCode", "NESTED", "groups are one level deep: '" + parent + "' is itself a group of '"
						+ found.get().parentCode() + "'");
			}
			else if (code != null && !departments.groupsOf(code).isEmpty()) {
				input.add("parentCode", "HAS_GROUPS", "'" + code + "' has groups of its own "
						+ departments.groupsOf(code) + " and cannot become a group");
			}
		}
		else if (!categories.isEmpty()) {
			input.add("categories", "NOT_A_GROUP", "categories route matters to a department's groups; name the"
					+ " department this group belongs to in parentCode");
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < categories.size(); i++) {
			String category = categories.get(i);
			String field = "categories[" + i + "]";
			if (category == null || category.isBlank()) {
				input.add(field, "REQUIRED", "a minor class code is required, not blank");
			}
			else if (!minorClasses.known(category)) {
				input.add(field, "UNKNOWN", "there is no minor class '" + category + "' in the catalogue");
			}
			else if (!seen.add(category)) {
				input.add(field, "DUPLICATE", "'" + category + "' is listed twice");
			}
			else if (parent != null) {
				departments.groupFor(parent, category).filter(other -> !other.equals(code)).ifPresent(other ->
						input.add(field, "TAKEN", "matters of '" + category + "' already go to the group '" + other
								+ "' of '" + parent + "'"));
			}
		}
	}
}
