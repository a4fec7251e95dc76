package org.onegrid.people;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Grid teams", description = "网格队伍与配置模板 / Grid teams and their templates")
@RestController
@RequestMapping("/api/v1")
class TeamController {

	private final GridTeams teams;

	private final TeamCompleteness completeness;

	TeamController(GridTeams teams, TeamCompleteness completeness) {
		this.teams = teams;
		this.completeness = completeness;
	}

	/** A person joining a team in a role. */
	record Assignment(Long personId, String role) {
	}

	@Operation(summary = "A grid's team")
	@GetMapping("/teams/{layer}/{grid}")
	@Allow(value = "people:read", scope = AccessScope.GRID, on = { "layer", "grid" }, audit = AuditClass.PERSONAL_DATA)
	List<TeamMember> team(@PathVariable String layer, @PathVariable String grid) {
		return teams.team(layer, grid);
	}

	@Operation(summary = "Add a person to a grid's team in a role they hold (201 when new, 200 when already there)")
	@PostMapping("/teams/{layer}/{grid}/members")
	@Allow(value = "people:manage", scope = AccessScope.GRID, on = { "layer", "grid" }, audit = AuditClass.CONFIGURATION)
	ResponseEntity<List<TeamMember>> assign(@PathVariable String layer, @PathVariable String grid,
			@RequestBody Assignment assignment) {
		boolean added = teams.assign(layer, grid, assignment.personId(), assignment.role());
		return ResponseEntity.status(added ? 201 : 200).body(teams.team(layer, grid));
	}

	@Operation(summary = "Add many memberships of a layer at once, all or nothing; answers how many were new")
	@PostMapping("/teams/{layer}")
	@Allow(value = "people:manage", scope = AccessScope.GRID, on = "layer", audit = AuditClass.CONFIGURATION)
	Map<String, Integer> assignAll(@PathVariable String layer, @RequestBody List<TeamAssignment> assignments) {
		return Map.of("added", teams.assignAll(layer, assignments));
	}

	@Operation(summary = "Remove a person's role from a grid's team")
	@DeleteMapping("/teams/{layer}/{grid}/members/{personId}/{role}")
	@Allow(value = "people:manage", scope = AccessScope.GRID, on = { "layer", "grid" }, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> remove(@PathVariable String layer, @PathVariable String grid, @PathVariable long personId,
			@PathVariable String role) {
		teams.remove(layer, grid, personId, role);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A layer's team templates, at most one per level (and one without a level for its leaf grids)")
	@GetMapping("/team-templates")
	@Allow(value = "people:read", scope = AccessScope.DISTRICT)
	List<TeamTemplate> templates(@RequestParam String layer) {
		return completeness.templates(layer);
	}

	@Operation(summary = "A layer's team template for a level (by name or number); without a level, the one without "
			+ "a level or else the layer's only one")
	@GetMapping("/team-templates/{layer}")
	@Allow(value = "people:read", scope = AccessScope.DISTRICT)
	TeamTemplate template(@PathVariable String layer, @RequestParam(required = false) String level) {
		return completeness.template(layer, level);
	}

	@Operation(summary = "Create or replace a layer's team template for the template's levelName (without one: for "
			+ "the layer's leaf grids), e.g. 1+1+1+5+X")
	@PutMapping("/team-templates/{layer}")
	@Allow(value = "people:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	TeamTemplate putTemplate(@PathVariable String layer, @RequestBody TeamTemplate template) {
		return completeness.define(layer, template);
	}

	@Operation(summary = "Grids of the layer (or of a subtree, or of one level) whose team misses part of the "
			+ "template of their level")
	@GetMapping("/team-templates/{layer}/completeness")
	@Allow(value = "people:read", scope = AccessScope.GRID, on = { "layer", "root" })
	CompletenessReport report(@PathVariable String layer, @RequestParam(required = false) String root,
			@RequestParam(required = false) String level) {
		return completeness.report(layer, root, level);
	}
}
