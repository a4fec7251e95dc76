package org.onegrid.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onegrid.people.Department;

/**
 * Checks a profile's department groups before anything is written: a group's parent is a department of the bundle
 * or the installation and not itself a group, each category it takes is a minor class of the catalogue, and no two
 * groups of one department take the same category.
 */
final class GroupChecks {

	private final DistrictProfile profile;

	private final Known known;

	private final Problems problems;

	GroupChecks(DistrictProfile profile, Known known, Problems problems) {
		this.profile = profile;
		this.known = known;
		this.problems = problems;
	}

	void check() {
		Set<String> groups = profile.departments().stream().filter(item -> item.value().isGroup())
			.map(Item::key).collect(Collectors.toSet());
		Map<String, String> routes = new HashMap<>();
		for (Item<Department> item : profile.departments()) {
			Department department = item.value();
			String parent = department.parentCode();
			if (parent == null) {
				if (!department.categories().isEmpty()) {
					problems.error(item.at(), "NOT_A_GROUP", "department " + item.key() + ": only a group takes"
							+ " categories; name the department it belongs to in 'parent'");
				}
				continue;
			}
			if (parent.equals(item.key()) || !known.departments.contains(parent)) {
				problems.error(item.at(), "UNKNOWN_DEPARTMENT", "group " + item.key() + ": there is no other department '"
						+ parent + "' for it to belong to");
			}
			else if (groups.contains(parent)) {
				problems.error(item.at(), "NESTED_GROUP", "group " + item.key() + ": '" + parent
						+ "' is itself a group; groups are one level deep");
			}
			for (String category : department.categories()) {
				if (!known.minorClasses.contains("EVENT " + category)
						&& !known.minorClasses.contains("COMPONENT " + category)) {
					problems.error(item.at(), "UNKNOWN_CATEGORY", "group " + item.key() + ": there is no minor class '"
							+ category + "' in the catalogue");
				}
				String taken = routes.putIfAbsent(parent + " " + category, item.key());
				if (taken != null && !taken.equals(item.key())) {
					problems.error(item.at(), "DUPLICATE_ROUTE", "group " + item.key() + ": matters of '" + category
							+ "' already go to the group '" + taken + "' of '" + parent + "'");
				}
			}
		}
	}
}
