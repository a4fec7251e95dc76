package org.onegrid.people;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.people.internal.Persons;
import org.onegrid.people.internal.TeamMembers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's staff: who they are, where they belong and which roles they hold, and from that what data each
 * of them may see ({@link #scopeOf}).
 */
@Service
public class People {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{2,23}");

	private final Persons persons;

	private final TeamMembers members;

	private final Roles roles;

	private final Organisation organisation;

	private final DepartmentDirectory departments;

	People(Persons persons, TeamMembers members, Roles roles, Organisation organisation,
			DepartmentDirectory departments) {
		this.persons = persons;
		this.members = members;
		this.roles = roles;
		this.organisation = organisation;
		this.departments = departments;
	}

	/** @throws ApiProblem 404 when there is no such person */
	public Person get(long id) {
		return persons.find(id).orElseThrow(() -> ApiProblem.notFound("Person", Long.toString(id)));
	}

	public boolean exists(long id) {
		return persons.find(id).isPresent();
	}

	/** People filtered by unit, department and role; {@code null} filters match everyone. */
	public List<Person> list(String unitCode, String departmentCode, String roleCode) {
		return persons.find(unitCode, departmentCode, roleCode);
	}

	public List<Person> byIds(List<Long> ids) {
		return persons.byIds(ids);
	}

	@Transactional
	public Person add(PersonDefinition definition) {
		return get(persons.add(checked(definition)));
	}

	@Transactional
	public Person update(long id, PersonDefinition definition) {
		Person person = checked(definition);
		if (!persons.lock(id)) {
			throw ApiProblem.notFound("Person", Long.toString(id));
		}
		persons.update(id, person);
		return get(id);
	}

	/** Replaces the qualifications the person holds; refused field by field, 404 when there is no such person. */
	@Transactional
	public Person qualify(long id, List<Qualification> qualifications) {
		List<Qualification> checked = QualificationChecks.checked(qualifications);
		if (!persons.lock(id)) {
			throw ApiProblem.notFound("Person", Long.toString(id));
		}
		persons.qualify(id, checked);
		return get(id);
	}

	/**
	 * The union of what the person's roles let them see. A department's people also see what was sent to a
	 * platform their department belongs to, since they are the ones who take it up.
	 */
	public DataScope scopeOf(long personId) {
		Person person = get(personId);
		Set<ScopeKind> kinds = new HashSet<>();
		roles.of(person.roles()).forEach(role -> kinds.add(role.scope()));
		Map<String, Set<String>> grids = new HashMap<>();
		if (kinds.contains(ScopeKind.GRID)) {
			members.ofPerson(personId)
				.forEach(m -> grids.computeIfAbsent(m.layerCode(), k -> new HashSet<>()).add(m.gridCode()));
		}
		Set<String> ownDepartment = new HashSet<>();
		if (kinds.contains(ScopeKind.DEPARTMENT) && person.departmentCode() != null) {
			ownDepartment.add(person.departmentCode());
			ownDepartment.addAll(departments.groupsOf(person.departmentCode()));
			departments.platforms().stream()
				.filter(platform -> platform.actingDepartments().contains(person.departmentCode()))
				.forEach(platform -> ownDepartment.add(platform.code()));
		}
		Set<String> units = kinds.contains(ScopeKind.UNIT) ? Set.copyOf(organisation.subtree(person.unitCode()))
				: Set.of();
		return new DataScope(personId, kinds.contains(ScopeKind.ALL), grids, ownDepartment, units);
	}

	private Person checked(PersonDefinition definition) {
		var input = new Input();
		String name = input.name(definition.name(), "name");
		String phone = Input.optional(definition.phone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			input.add("phone", "PATTERN", "a phone number is 3 to 24 digits, spaces or '-', optionally after '+'");
		}
		String unit = Input.optional(definition.unitCode());
		if (unit == null) {
			input.add("unitCode", "REQUIRED", "unitCode is required");
		}
		else if (!organisation.exists(unit)) {
			input.add("unitCode", "UNKNOWN", "there is no unit '" + unit + "'");
		}
		String department = Input.optional(definition.departmentCode());
		if (department != null && !departments.isDepartment(department)) {
			input.add("departmentCode", "UNKNOWN", "there is no department '" + department + "'");
		}
		List<String> roleCodes = definition.roles() == null ? List.of() : definition.roles();
		for (int i = 0; i < roleCodes.size(); i++) {
			if (!roles.exists(roleCodes.get(i))) {
				input.add("roles[" + i + "]", "UNKNOWN", "there is no role '" + roleCodes.get(i) + "'");
			}
		}
		input.failIfAny();
		return new Person(0, name, phone, unit, department, List.copyOf(new LinkedHashSet<>(roleCodes)),
				Boolean.TRUE.equals(definition.generated()));
	}
}
