package org.onegrid.people;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onegrid.people.internal.Departments;
import org.onegrid.people.internal.Persons;
import org.onegrid.people.internal.Platforms;
import org.springframework.stereotype.Service;

/**
 * Who can take up work sent somewhere: the people whose own place is the department, the platform or the grid the
 * work is sent to, and whose roles permit the step. A district-wide administrator does not count: work that only
 * an administrator could pick up is work nobody does, which is what a dead end is.
 */
@Service
public class Receivers {

	private final Persons persons;

	private final Roles roles;

	private final Organisation organisation;

	private final Departments departments;

	private final Platforms platforms;

	Receivers(Persons persons, Roles roles, Organisation organisation, Departments departments,
			Platforms platforms) {
		this.persons = persons;
		this.roles = roles;
		this.organisation = organisation;
		this.departments = departments;
		this.platforms = platforms;
	}

	/**
	 * The departments that act for a dispatch target: the department itself, or a platform's lead department (all
	 * of its departments when it has no lead); empty when the code names neither.
	 */
	public Optional<List<String>> departmentsOf(String code) {
		if (departments.find(code).isPresent()) {
			return Optional.of(List.of(code));
		}
		return platforms.find(code).map(Platform::actingDepartments);
	}

	/**
	 * The people of the target's departments whose roles permit {@code permission} in their department; for a
	 * group, the people of the department it belongs to count too, since they act on their groups' work.
	 */
	public Set<Long> ofDepartment(String code, String permission) {
		Set<Long> found = new HashSet<>();
		Set<String> acting = new HashSet<>();
		for (String department : departmentsOf(code).orElse(List.of())) {
			acting.add(department);
			departments.find(department).map(Department::parentCode).ifPresent(acting::add);
		}
		for (String department : acting) {
			persons.find(null, department, null).stream()
				.filter(person -> permits(person, permission, ScopeKind.DEPARTMENT))
				.forEach(person -> found.add(person.id()));
		}
		return found;
	}

	/**
	 * The people of the units bound to any of {@code grids} of {@code layer} (a grid and the grids above it), or of
	 * the command posts below such a unit that have no grid of their own, whose roles permit {@code permission}
	 * over their unit.
	 */
	public Set<Long> ofGrids(String layer, List<String> grids, String permission) {
		Set<String> units = new HashSet<>();
		List<OrgUnit> all = organisation.list();
		Set<String> gridless = new HashSet<>();
		all.stream().filter(unit -> unit.gridCode() == null).forEach(unit -> gridless.add(unit.code()));
		for (OrgUnit unit : all) {
			if (layer.equals(unit.layerCode()) && grids.contains(unit.gridCode())) {
				units.add(unit.code());
				organisation.subtree(unit.code()).stream()
					.filter(gridless::contains)
					.forEach(units::add);
			}
		}
		Set<Long> found = new HashSet<>();
		for (String unit : units) {
			persons.find(unit, null, null).stream()
				.filter(person -> permits(person, permission, ScopeKind.UNIT))
				.forEach(person -> found.add(person.id()));
		}
		return found;
	}

	/** The codes of the roles that carry {@code permission}. */
	public List<String> rolesWith(String permission) {
		return roles.list().stream().filter(role -> role.permissions().contains(permission)).map(Role::code).toList();
	}

	private boolean permits(Person person, String permission, ScopeKind scope) {
		return roles.of(person.roles()).stream()
			.anyMatch(role -> role.scope() == scope && role.permissions().contains(permission));
	}
}
