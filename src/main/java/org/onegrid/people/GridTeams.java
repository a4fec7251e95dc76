package org.onegrid.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.onegrid.people.internal.TeamMembers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who serves which grid: people are assigned to grids of any layer in a role they hold, many people per grid and
 * many grids per person (一格多人, 一人多格).
 */
@Service
public class GridTeams {

	private final TeamMembers members;

	private final People people;

	private final GridLayers layers;

	private final GridHierarchy hierarchy;

	private final LevelTemplates templates;

	GridTeams(TeamMembers members, People people, GridLayers layers, GridHierarchy hierarchy,
			LevelTemplates templates) {
		this.members = members;
		this.people = people;
		this.layers = layers;
		this.hierarchy = hierarchy;
		this.templates = templates;
	}

	/** The grid's team; 404 when the layer or grid does not exist. */
	public List<TeamMember> team(String layerCode, String gridCode) {
		requireGrid(layerCode, gridCode);
		return members.ofGrid(layerCode, gridCode);
	}

	/** The teams of the given grids of a layer. */
	public List<TeamMember> teamsOf(String layerCode, Collection<String> gridCodes) {
		return members.ofGrids(layerCode, gridCodes);
	}

	/** Every grid the person serves, in every layer. */
	public List<TeamMember> gridsOf(long personId) {
		people.get(personId);
		return members.ofPerson(personId);
	}

	/** Whether the person serves the grid in any role. */
	public boolean serves(long personId, String layerCode, String gridCode) {
		return members.ofPerson(personId).stream()
			.anyMatch(m -> m.layerCode().equals(layerCode) && m.gridCode().equals(gridCode));
	}

	/**
	 * Adds the person to the grid's team in a role they hold and, when the grid answers to a team template (the one
	 * of its level), one of that template's posts; returns whether the membership is new.
	 * @throws ApiProblem 404 for an unknown layer or grid, 400 listing every problem with the person and role
	 */
	@Transactional
	public boolean assign(String layerCode, String gridCode, Long personId, String roleCode) {
		requireGrid(layerCode, gridCode);
		var input = new Input();
		Person person = null;
		if (personId == null) {
			input.add("personId", "REQUIRED", "personId is required");
		}
		else if (!people.exists(personId)) {
			input.add("personId", "UNKNOWN", "there is no person " + personId);
		}
		else {
			person = people.get(personId);
		}
		String role = Input.optional(roleCode);
		if (role == null) {
			input.add("role", "REQUIRED", "role is required");
		}
		else if (person != null && !person.roles().contains(role)) {
			input.add("role", "NOT_HELD", person.name() + " does not hold the role '" + role + "'");
		}
		else if (person != null) {
			String refusal = templates.refusal(layerCode, gridCode, role);
			if (refusal != null) {
				input.add("role", "NOT_IN_TEMPLATE", refusal);
			}
		}
		input.failIfAny();
		return members.add(layerCode, gridCode, personId, role);
	}

	/**
	 * Adds many memberships of one layer at once, all or nothing, e.g. a district's roster from a spreadsheet;
	 * returns how many were new.
	 * @throws ApiProblem 404 for an unknown layer, 400 listing every line with an unknown grid, person or role, or a
	 *         role that is not a post of the grid's template
	 */
	@Transactional
	public int assignAll(String layerCode, List<TeamAssignment> assignments) {
		layers.get(layerCode);
		Set<String> grids = hierarchy.parents(layerCode).keySet();
		Map<String, Map.Entry<GridSummary, TeamTemplate>> answering = new HashMap<>();
		templates.applying(layerCode, null).forEach((grid, template) -> answering.put(grid.code(),
				Map.entry(grid, template)));
		Map<Long, Person> persons = new HashMap<>();
		people.byIds(assignments.stream().filter(Objects::nonNull).map(TeamAssignment::personId)
			.filter(Objects::nonNull).distinct().toList())
			.forEach(person -> persons.put(person.id(), person));
		var input = new Input();
		for (int i = 0; i < assignments.size(); i++) {
			TeamAssignment line = assignments.get(i);
			String at = "[" + i + "]";
			if (line == null) {
				input.add(at, "REQUIRED", at + " is empty; a line needs gridCode, personId and role");
				continue;
			}
			if (line.gridCode() == null || !grids.contains(line.gridCode())) {
				input.add(at + ".gridCode", line.gridCode() == null ? "REQUIRED" : "UNKNOWN",
						"layer '" + layerCode + "' has no grid '" + line.gridCode() + "'");
			}
			Person person = line.personId() == null ? null : persons.get(line.personId());
			if (line.personId() == null) {
				input.add(at + ".personId", "REQUIRED", "personId is required");
			}
			else if (person == null) {
				input.add(at + ".personId", "UNKNOWN", "there is no person " + line.personId());
			}
			if (Input.optional(line.role()) == null) {
				input.add(at + ".role", "REQUIRED", "role is required");
			}
			else if (person != null && !person.roles().contains(line.role())) {
				input.add(at + ".role", "NOT_HELD", person.name() + " does not hold the role '" + line.role() + "'");
			}
			else if (answering.containsKey(line.gridCode())) {
				var template = answering.get(line.gridCode());
				String refusal = LevelTemplates.refusal(template.getKey(), template.getValue(), line.role());
				if (refusal != null) {
					input.add(at + ".role", "NOT_IN_TEMPLATE", refusal);
				}
			}
		}
		input.failIfAny();
		int added = 0;
		for (TeamAssignment line : assignments) {
			added += members.add(layerCode, line.gridCode(), line.personId(), line.role()) ? 1 : 0;
		}
		return added;
	}

	public void remove(String layerCode, String gridCode, long personId, String roleCode) {
		if (!members.remove(layerCode, gridCode, personId, roleCode)) {
			throw ApiProblem.notFound("Team membership", layerCode + "/" + gridCode + "/" + personId + "/" + roleCode);
		}
	}

	private void requireGrid(String layerCode, String gridCode) {
		layers.get(layerCode);
		if (!hierarchy.parents(layerCode).containsKey(gridCode)) {
			throw ApiProblem.notFound("Grid", layerCode + "/" + gridCode);
		}
	}
}
