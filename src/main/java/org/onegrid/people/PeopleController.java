package org.onegrid.people;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "People", description = "人员、角色与权限 / Staff, roles and permissions")
@RestController
@RequestMapping("/api/v1")
class PeopleController {

	private final People people;

	private final Roles roles;

	private final GridTeams teams;

	PeopleController(People people, Roles roles, GridTeams teams) {
		this.people = people;
		this.roles = roles;
		this.teams = teams;
	}

	@Operation(summary = "List people, optionally of one unit, department or role")
	@GetMapping("/people")
	@Allow(value = "people:read", scope = AccessScope.DISTRICT, audit = AuditClass.PERSONAL_DATA)
	List<Person> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String department,
			@RequestParam(required = false) String role) {
		return people.list(unit, department, role);
	}

	@Operation(summary = "Add a person")
	@PostMapping("/people")
	@Allow(value = "people:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Person> add(@RequestBody PersonDefinition definition) {
		Person person = people.add(definition);
		return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(person);
	}

	@Operation(summary = "Get a person")
	@GetMapping("/people/{id}")
	@Allow(value = "people:read", scope = AccessScope.PERSON, on = "id", self = true, audit = AuditClass.PERSONAL_DATA)
	Person get(@PathVariable long id) {
		return people.get(id);
	}

	@Operation(summary = "Replace a person's details and roles")
	@PutMapping("/people/{id}")
	@Allow(value = "people:manage", scope = AccessScope.PERSON, on = "id", audit = AuditClass.CONFIGURATION)
	Person update(@PathVariable long id, @RequestBody PersonDefinition definition) {
		return people.update(id, definition);
	}

	@Operation(summary = "Replace the qualifications the person holds, such as enforcement (执法资格)")
	@PutMapping("/people/{id}/qualifications")
	@Allow(value = "people:manage", scope = AccessScope.PERSON, on = "id", audit = AuditClass.CONFIGURATION)
	Person qualify(@PathVariable long id, @RequestBody List<Qualification> qualifications) {
		return people.qualify(id, qualifications);
	}

	@Operation(summary = "What the person may see: grids, department, unit subtree or all")
	@GetMapping("/people/{id}/scope")
	@Allow(value = "people:read", scope = AccessScope.PERSON, on = "id", self = true, audit = AuditClass.PERSONAL_DATA)
	DataScope scope(@PathVariable long id) {
		return people.scopeOf(id);
	}

	@Operation(summary = "The grids the person serves, in every layer")
	@GetMapping("/people/{id}/grids")
	@Allow(value = "people:read", scope = AccessScope.PERSON, on = "id", self = true, audit = AuditClass.PERSONAL_DATA)
	List<TeamMember> grids(@PathVariable long id) {
		return teams.gridsOf(id);
	}

	@Operation(summary = "List the roles with their permissions and data scope")
	@GetMapping("/roles")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<Role> roles() {
		return roles.list();
	}

	@Operation(summary = "Get a role")
	@GetMapping("/roles/{code}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Role role(@PathVariable String code) {
		return roles.get(code);
	}

	@Operation(summary = "Create or replace a role (201 when created)")
	@PutMapping("/roles/{code}")
	@Allow(value = "people:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Role> putRole(@PathVariable String code, @RequestBody RoleDefinition definition) {
		boolean created = roles.define(code, definition);
		return OrganisationController.respond(created, "/api/v1/roles/" + code, roles.get(code));
	}

	@Operation(summary = "Whether a role grants a permission")
	@GetMapping("/roles/{code}/permits")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Map<String, Object> permits(@PathVariable String code, @RequestParam String permission) {
		roles.get(code);
		return Map.of("role", code, "permission", permission, "permitted", roles.permits(code, permission));
	}

	@Operation(summary = "Every permission string a role can hold")
	@GetMapping("/permissions")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<String> permissions() {
		return Permissions.KNOWN;
	}
}
