package org.onegrid.profile;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.people.Department;
import org.onegrid.people.Platform;
import org.onegrid.people.RoleDefinition;
import org.onegrid.people.UnitDefinition;

/**
 * Reads {@code organisation.yaml} (units, departments, platforms) and {@code roles.yaml} (roles).
 */
final class OrganisationReader {

	private final Problems problems;

	private final YamlMap file;

	OrganisationReader(Problems problems, Value organisation) {
		this.problems = problems;
		this.file = new YamlMap(organisation, "organisation.yaml", problems, "units", "departments", "platforms",
				"coordinator");
	}

	List<Item<UnitDefinition>> units() {
		List<Item<UnitDefinition>> units = new ArrayList<>();
		for (Value entry : file.list("units", false)) {
			var unit = new YamlMap(entry, "a unit", problems, "code", "name", "kind", "parent", "layer", "grid",
					"generated");
			String code = unit.text("code", true);
			units.add(new Item<>(entry, code, new UnitDefinition(code, unit.text("name", true), unit.text("kind", true),
					unit.text("parent", false), unit.text("layer", false), unit.text("grid", false),
					unit.flag("generated"))));
		}
		return units;
	}

	List<Item<Department>> departments() {
		List<Item<Department>> departments = new ArrayList<>();
		for (Value entry : file.list("departments", false)) {
			var department = new YamlMap(entry, "a department", problems, "code", "nameZh", "nameEn", "unit", "parent",
					"categories");
			String code = department.text("code", true);
			departments.add(new Item<>(entry, code, new Department(code, department.text("nameZh", true),
					department.text("nameEn", true), department.text("unit", false), department.text("parent", false),
					department.texts("categories", false))));
		}
		return departments;
	}

	List<Item<Platform>> platforms() {
		List<Item<Platform>> platforms = new ArrayList<>();
		for (Value entry : file.list("platforms", false)) {
			var platform = new YamlMap(entry, "a platform", problems, "code", "nameZh", "nameEn", "departments",
					"lead");
			String code = platform.text("code", true);
			platforms.add(new Item<>(entry, code, new Platform(code, platform.text("nameZh", true),
					platform.text("nameEn", true), platform.texts("departments", true), platform.text("lead", false))));
		}
		return platforms;
	}

	/** The department or platform coordinating matters that span platforms, when the profile names one. */
	Item<String> coordinator() {
		String code = file.text("coordinator", false);
		return code == null ? null : new Item<>(file.value("coordinator"), code, code);
	}

	List<Item<RoleDefinition>> roles(Value doc) {
		var roles = new YamlMap(doc, "roles.yaml", problems, "roles");
		List<Item<RoleDefinition>> result = new ArrayList<>();
		for (Value entry : roles.list("roles", false)) {
			var role = new YamlMap(entry, "a role", problems, "code", "nameZh", "nameEn", "scope", "permissions");
			result.add(new Item<>(entry, role.text("code", true), new RoleDefinition(role.text("nameZh", true),
					role.text("nameEn", true), role.text("scope", true), role.texts("permissions", false))));
		}
		return result;
	}
}
