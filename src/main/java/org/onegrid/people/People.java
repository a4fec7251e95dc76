package org.onegrid.people;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.people.internal.Entitlements;
import org.onegrid.people.internal.Persons;
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

	private final Entitlements entitlements;

	private final Roles roles;

	private final Organisation organisation;

	private final DepartmentDirectory departments;

	People(Persons persons, Entitlements entitlements, Roles roles, Organisation organisation,
			DepartmentDirectory departments) {
		this.persons = persons;
		this.entitlements = entitlements;
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
		DataScope scope = entitlements.of(List.of(), personId).scope();
		if (scope == null) {
			throw ApiProblem.notFound("Person", Long.toString(personId));
		}
		return scope;
	}

	/**
	 * What the roles permit and what the person (if any, and if still there) sees, in one read: the grant of a
	 * request is worked out from it.
	 */
	public Entitlement entitlement(List<String> roleCodes, Long personId) {
		return entitlements.of(roleCodes, personId);
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
