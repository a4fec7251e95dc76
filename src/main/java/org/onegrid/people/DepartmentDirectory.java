package org.onegrid.people;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.MinorClassCodes;
import org.onegrid.people.internal.Departments;
import org.onegrid.people.internal.Platforms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments and platforms, the targets cases are dispatched to. Department codes are the ones the catalogue's
 * responsibility matrix names; a platform code stands for all of its departments. A code names either a department
 * or a platform, never both.
 */
@Service
public class DepartmentDirectory {

	private final Departments departments;

	private final Platforms platforms;

	private final Organisation organisation;

	private final GroupCheck groups;

	DepartmentDirectory(Departments departments, Platforms platforms, Organisation organisation,
			MinorClassCodes minorClasses) {
		this.departments = departments;
		this.groups = new GroupCheck(departments, minorClasses);
		this.platforms = platforms;
		this.organisation = organisation;
	}

	public List<Department> departments() {
		return departments.all();
	}

	/** @throws ApiProblem 404 when there is no such department */
	public Department department(String code) {
		return departments.find(code).orElseThrow(() -> ApiProblem.notFound("Department", code));
	}

	public boolean isDepartment(String code) {
		return code != null && departments.find(code).isPresent();
	}

	public List<Platform> platforms() {
		return platforms.all();
	}

	/** @throws ApiProblem 404 when there is no such platform */
	public Platform platform(String code) {
		return platforms.find(code).orElseThrow(() -> ApiProblem.notFound("Platform", code));
	}

	/**
	 * The departments a dispatch target code leads to.
	 * @throws ApiProblem 404 when the code names neither a department nor a platform
	 */
	public DispatchTarget resolve(String code) {
		if (isDepartment(code)) {
			return new DispatchTarget(code, DispatchTarget.Kind.DEPARTMENT, List.of(code));
		}
		Platform platform = platforms.find(code)
			.orElseThrow(() -> ApiProblem.notFound("Dispatch target", code));
		return new DispatchTarget(code, DispatchTarget.Kind.PLATFORM, platform.departments());
	}

	/**
	 * Where work sent to {@code target} in the minor class goes: the group of the department that takes the class,
	 * or the target itself when it is no department with such a group.
	 */
	public String routeWithin(String target, String minorCode) {
		return target == null || minorCode == null ? target : departments.groupFor(target, minorCode).orElse(target);
	}

	/** The codes of a department's groups. */
	public List<String> groupsOf(String code) {
		return departments.groupsOf(code);
	}

	/**
	 * Creates or replaces a department, or a group of one when it names its {@code parentCode} (taking the parent's
	 * unit when it names none); returns whether it was created.
	 */
	@Transactional
	public boolean define(Department department) {
		var input = new Input();
		String code = input.code(department.code(), "code");
		String nameZh = input.name(department.nameZh(), "nameZh");
		String nameEn = input.name(department.nameEn(), "nameEn");
		String unit = Input.optional(department.unitCode());
		if (unit != null && !organisation.exists(unit)) {
			input.add("unitCode", "UNKNOWN", "there is no unit '" + unit + "'");
		}
		String parent = input.optionalCode(department.parentCode(), "parentCode");
		groups.check(code, parent, department.categories(), input);
		input.failIfAny();
		if (platforms.find(code).isPresent()) {
			throw Input.conflict("'" + code + "' is already a platform's code");
		}
		if (unit == null && parent != null) {
			unit = department(parent).unitCode();
		}
		return departments.save(new Department(code, nameZh, nameEn, unit, parent, department.categories()));
	}

	/** Creates or replaces a platform with its departments; returns whether it was created. */
	@Transactional
	public boolean define(Platform platform) {
		var input = new Input();
		String code = input.code(platform.code(), "code");
		String nameZh = input.name(platform.nameZh(), "nameZh");
		String nameEn = input.name(platform.nameEn(), "nameEn");
		List<String> members = platform.departments() == null ? List.of() : platform.departments();
		if (members.isEmpty()) {
			input.add("departments", "REQUIRED", "a platform groups at least one department");
		}
		for (int i = 0; i < members.size(); i++) {
			if (members.get(i) == null) {
				input.add("departments[" + i + "]", "REQUIRED", "a department code is required, not null");
			}
			else if (!isDepartment(members.get(i))) {
				input.add("departments[" + i + "]", "UNKNOWN", "there is no department '" + members.get(i) + "'");
			}
		}
		String lead = Input.optional(platform.lead());
		if (lead != null && !isDepartment(lead)) {
			input.add("lead", "UNKNOWN", "there is no department '" + lead + "' to lead the platform");
		}
		else if (lead != null && !members.contains(lead)) {
			input.add("lead", "NOT_MEMBER", "the lead department '" + lead + "' must be one of the platform's departments");
		}
		input.failIfAny();
		if (isDepartment(code)) {
			throw Input.conflict("'" + code + "' is already a department's code");
		}
		return platforms.save(new Platform(code, nameZh, nameEn, List.copyOf(new LinkedHashSet<>(members)), lead));
	}

	/** The department or platform that coordinates matters spanning several platforms, if the district named one. */
	public Optional<String> coordinator() {
		return platforms.coordinator();
	}

	/**
	 * Names the department or platform that coordinates matters spanning several platforms (跨平台事项).
	 */
	@Transactional
	public void coordinator(String code) {
		var input = new Input();
		String target = Input.optional(code);
		if (target == null) {
			input.add("code", "REQUIRED", "code names the coordinating department or platform");
		}
		else if (!isDepartment(target) && platforms.find(target).isEmpty()) {
			input.add("code", "UNKNOWN", "there is no department or platform '" + target + "'");
		}
		input.failIfAny();
		platforms.coordinator(target);
	}

	/** Stops coordinating matters that span platforms: they go where the matrix sends them. */
	@Transactional
	public void clearCoordinator() {
		platforms.coordinator(null);
	}
}
