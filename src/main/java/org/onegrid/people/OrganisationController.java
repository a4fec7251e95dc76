package org.onegrid.people;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.people.Organisation.UnitNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organisation", description = "组织机构、部门与四平台 / Units, departments and the four platforms")
@RestController
@RequestMapping("/api/v1")
class OrganisationController {

	private final Organisation organisation;

	private final DepartmentDirectory directory;

	OrganisationController(Organisation organisation, DepartmentDirectory directory) {
		this.organisation = organisation;
		this.directory = directory;
	}

	/** A unit without its code, which the path gives. */
	record UnitBody(String name, String kind, String parentCode, String layerCode, String gridCode, Boolean generated) {
	}

	/** A department without its code. */
	record DepartmentBody(String nameZh, String nameEn, String unitCode, String parentCode, List<String> categories) {
	}

	/** A platform without its code; {@code lead} is its lead department (牵头单位), if any. */
	record PlatformBody(String nameZh, String nameEn, List<String> departments, String lead) {
	}

	/** The department or platform coordinating matters that span platforms. */
	record CoordinatorBody(String code) {
	}

	@Operation(summary = "List the organisation units")
	@GetMapping("/units")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<OrgUnit> units() {
		return organisation.list();
	}

	@Operation(summary = "The organisation as a tree from the district down")
	@GetMapping("/units/tree")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<UnitNode> tree() {
		return organisation.tree();
	}

	@Operation(summary = "Get a unit")
	@GetMapping("/units/{code}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	OrgUnit unit(@PathVariable String code) {
		return organisation.get(code);
	}

	@Operation(summary = "Create or replace a unit (201 when created)")
	@PutMapping("/units/{code}")
	@Allow(value = "people:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	ResponseEntity<OrgUnit> putUnit(@PathVariable String code, @RequestBody UnitBody body) {
		boolean created = organisation.define(new UnitDefinition(code, body.name(), body.kind(), body.parentCode(),
				body.layerCode(), body.gridCode(), body.generated()));
		return respond(created, "/api/v1/units/" + code, organisation.get(code));
	}

	@Operation(summary = "Name the unit's head (负责人), told of its alerts when nobody is on duty; null clears it")
	@PutMapping("/units/{code}/head")
	@Allow(value = "people:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	OrgUnit putHead(@PathVariable String code, @RequestBody Head body) {
		return organisation.appointHead(code, body.personId());
	}

	/** A unit's head. */
	record Head(Long personId) {
	}

	@Operation(summary = "List the departments and stations")
	@GetMapping("/departments")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<Department> departments() {
		return directory.departments();
	}

	@Operation(summary = "Get a department")
	@GetMapping("/departments/{code}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Department department(@PathVariable String code) {
		return directory.department(code);
	}

	@Operation(summary = "Create or replace a department (201 when created)")
	@PutMapping("/departments/{code}")
	@Allow(value = "people:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Department> putDepartment(@PathVariable String code, @RequestBody DepartmentBody body) {
		boolean created = directory.define(new Department(code, body.nameZh(), body.nameEn(), body.unitCode(),
				body.parentCode(), body.categories()));
		return respond(created, "/api/v1/departments/" + code, directory.department(code));
	}

	@Operation(summary = "List the platforms (四平台) with their departments")
	@GetMapping("/platforms")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<Platform> platforms() {
		return directory.platforms();
	}

	@Operation(summary = "Get a platform")
	@GetMapping("/platforms/{code}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Platform platform(@PathVariable String code) {
		return directory.platform(code);
	}

	@Operation(summary = "Create or replace a platform and its departments (201 when created)")
	@PutMapping("/platforms/{code}")
	@Allow(value = "people:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Platform> putPlatform(@PathVariable String code, @RequestBody PlatformBody body) {
		boolean created = directory.define(new Platform(code, body.nameZh(), body.nameEn(), body.departments(),
				body.lead()));
		return respond(created, "/api/v1/platforms/" + code, directory.platform(code));
	}

	@Operation(summary = "The unit coordinating matters that span platforms (跨平台事项); 404 when none is named")
	@GetMapping("/platform-coordinator")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	CoordinatorBody coordinator() {
		return new CoordinatorBody(directory.coordinator()
			.orElseThrow(() -> ApiProblem.notFound("Platform coordinator", "district")));
	}

	@Operation(summary = "Name the department or platform coordinating matters that span platforms")
	@PutMapping("/platform-coordinator")
	@Allow(value = "people:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	CoordinatorBody putCoordinator(@RequestBody CoordinatorBody body) {
		directory.coordinator(body.code());
		return coordinator();
	}

	@Operation(summary = "Stop coordinating matters that span platforms")
	@DeleteMapping("/platform-coordinator")
	@Allow(value = "people:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> deleteCoordinator() {
		directory.clearCoordinator();
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The departments a dispatch target (department or platform code) leads to")
	@GetMapping("/dispatch-targets/{code}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	DispatchTarget dispatchTarget(@PathVariable String code) {
		return directory.resolve(code);
	}

	static <T> ResponseEntity<T> respond(boolean created, String location, T body) {
		return created ? ResponseEntity.created(URI.create(location)).body(body) : ResponseEntity.ok(body);
	}
}
