package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.onegrid.people.Department;
import org.onegrid.people.DepartmentDirectory;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.Organisation;
import org.onegrid.people.Platform;
import org.onegrid.people.Role;
import org.onegrid.people.RoleDefinition;
import org.onegrid.people.Roles;
import org.onegrid.people.UnitDefinition;
import org.springframework.stereotype.Component;

/**
 * Writes a profile's units (parents before children, whatever their order in the file), departments, platforms and
 * roles through the people module.
 */
@Component
class OrganisationWriter {

	private final Organisation organisation;

	private final DepartmentDirectory directory;

	private final Roles roles;

	OrganisationWriter(Organisation organisation, DepartmentDirectory directory, Roles roles) {
		this.organisation = organisation;
		this.directory = directory;
		this.roles = roles;
	}

	void write(DistrictProfile profile, Changes changes) {
		for (Item<UnitDefinition> item : parentsFirst(profile.units())) {
			UnitDefinition wanted = item.value();
			OrgUnit stored = organisation.exists(item.key()) ? organisation.get(item.key()) : null;
			changes.apply(item, "unit", stored, () -> sameUnit(stored, wanted), () -> organisation.define(wanted));
		}
		writeDepartments(profile, changes, false);
		for (Item<Platform> item : profile.platforms()) {
			Platform stored = directory.platforms().stream().filter(p -> p.code().equals(item.key())).findFirst()
				.orElse(null);
			changes.apply(item, "platform", stored, () -> samePlatform(stored, item.value()),
					() -> directory.define(item.value()));
		}
		Item<String> coordinator = profile.coordinator();
		if (coordinator != null) {
			String stored = directory.coordinator().orElse(null);
			changes.apply(coordinator, "coordinator", stored, () -> coordinator.key().equals(stored),
					() -> directory.coordinator(coordinator.key()));
		}
		for (Item<RoleDefinition> item : profile.roles()) {
			Role stored = roles.exists(item.key()) ? roles.get(item.key()) : null;
			changes.apply(item, "role", stored, () -> sameRole(stored, item.value()),
					() -> roles.define(item.key(), item.value()));
		}
	}

	/**
	 * Writes the departments that are groups (or, with {@code groups} false, those that are not). Groups come after
	 * the catalogue, since the categories they take must be in it.
	 */
	void writeDepartments(DistrictProfile profile, Changes changes, boolean groups) {
		for (Item<Department> item : profile.departments()) {
			if (item.value().isGroup() != groups) {
				continue;
			}
			Department stored = directory.isDepartment(item.key()) ? directory.department(item.key()) : null;
			changes.apply(item, "department", stored, () -> sameDepartment(stored, item.value()),
					() -> directory.define(item.value()));
		}
	}

	private static boolean sameDepartment(Department stored, Department wanted) {
		return stored.equals(wanted) || wanted.unitCode() == null && wanted.isGroup()
				&& stored.equals(new Department(wanted.code(), wanted.nameZh(), wanted.nameEn(), stored.unitCode(),
						wanted.parentCode(), wanted.categories()));
	}

	private static List<Item<UnitDefinition>> parentsFirst(List<Item<UnitDefinition>> units) {
		List<Item<UnitDefinition>> pending = new ArrayList<>(units);
		List<Item<UnitDefinition>> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		while (!pending.isEmpty()) {
			Set<String> waiting = new HashSet<>();
			pending.forEach(unit -> waiting.add(unit.key()));
			List<Item<UnitDefinition>> ready = pending.stream()
				.filter(unit -> unit.value().parentCode() == null || placed.contains(unit.value().parentCode())
						|| !waiting.contains(unit.value().parentCode()))
				.toList();
			List<Item<UnitDefinition>> next = ready.isEmpty() ? List.copyOf(pending) : ready;
			next.forEach(unit -> placed.add(unit.key()));
			ordered.addAll(next);
			pending.removeAll(next);
		}
		return ordered;
	}

	private static boolean sameUnit(OrgUnit stored, UnitDefinition wanted) {
		return stored.name().equals(wanted.name()) && stored.kind().name().equals(wanted.kind())
				&& Objects.equals(stored.parentCode(), wanted.parentCode())
				&& Objects.equals(stored.layerCode(), wanted.layerCode())
				&& Objects.equals(stored.gridCode(), wanted.gridCode())
				&& stored.generated() == Boolean.TRUE.equals(wanted.generated());
	}

	private static boolean samePlatform(Platform stored, Platform wanted) {
		return stored.nameZh().equals(wanted.nameZh()) && stored.nameEn().equals(wanted.nameEn())
				&& Set.copyOf(stored.departments()).equals(Set.copyOf(wanted.departments()))
				&& Objects.equals(stored.lead(), wanted.lead());
	}

	private static boolean sameRole(Role stored, RoleDefinition wanted) {
		return stored.nameZh().equals(wanted.nameZh()) && stored.nameEn().equals(wanted.nameEn())
				&& stored.scope().name().equals(wanted.scope())
				&& Set.copyOf(stored.permissions()).equals(Set.copyOf(wanted.permissions()));
	}
}
