package org.onegrid.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.onegrid.people.CompletenessReport.IncompleteGrid;
import org.onegrid.people.CompletenessReport.Shortfall;
import org.onegrid.people.TeamTemplate.Slot;
import org.onegrid.people.internal.TeamTemplates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each layer's team template and reports the grids whose team falls short of it.
 * <p>
 * A member fills at most one slot of a grid. Slots naming a department are filled first, by members of that
 * department in the slot's role; the remaining members then fill the slots without a department. So five
 * specialist workers from the same department do not count as the five lines the 丽水 city-management grid plan asks for.
 */
@Service
public class TeamCompleteness {

	private final TeamTemplates templates;

	private final GridTeams teams;

	private final GridLayers layers;

	private final GridHierarchy hierarchy;

	private final Roles roles;

	private final DepartmentDirectory departments;

	TeamCompleteness(TeamTemplates templates, GridTeams teams, GridLayers layers, GridHierarchy hierarchy,
			Roles roles, DepartmentDirectory departments) {
		this.templates = templates;
		this.teams = teams;
		this.layers = layers;
		this.hierarchy = hierarchy;
		this.roles = roles;
		this.departments = departments;
	}

	/** @throws ApiProblem 404 when the layer has no template */
	public TeamTemplate template(String layerCode) {
		return templates.find(layerCode).orElseThrow(() -> ApiProblem.notFound("Team template", layerCode));
	}

	/** Creates or replaces the layer's template after checking every slot. */
	@Transactional
	public TeamTemplate define(String layerCode, TeamTemplate template) {
		layers.get(layerCode);
		var input = new Input();
		String name = input.name(template.name(), "name");
		String level = Input.optional(template.levelName());
		if (level != null && !layers.get(layerCode).levelNames().contains(level)) {
			input.add("levelName", "UNKNOWN", "layer '" + layerCode + "' has no level '" + level + "'");
		}
		List<Slot> slots = template.slots() == null ? List.of() : template.slots();
		if (slots.isEmpty()) {
			input.add("slots", "REQUIRED", "a template needs at least one slot");
		}
		for (int i = 0; i < slots.size(); i++) {
			Slot slot = slots.get(i);
			if (!roles.exists(slot.role())) {
				input.add("slots[" + i + "].role", "UNKNOWN", "there is no role '" + slot.role() + "'");
			}
			if (slot.department() != null && !departments.isDepartment(slot.department())) {
				input.add("slots[" + i + "].department", "UNKNOWN", "there is no department '" + slot.department() + "'");
			}
			if (slot.count() == null || slot.count() < 0 || slot.count() > 99) {
				input.add("slots[" + i + "].count", "OUT_OF_RANGE", "count is 0 (optional) to 99");
			}
		}
		input.failIfAny();
		templates.save(new TeamTemplate(layerCode, name, level, slots));
		return template(layerCode);
	}

	/** The grids of the layer (or of the subtree under {@code rootCode}) whose team misses a slot of the template. */
	public CompletenessReport report(String layerCode, String rootCode) {
		TeamTemplate template = template(layerCode);
		Map<GridSummary, List<Shortfall>> checked = check(layerCode, rootCode, template);
		List<IncompleteGrid> incomplete = new ArrayList<>();
		checked.forEach((grid, missing) -> {
			if (!missing.isEmpty()) {
				incomplete.add(new IncompleteGrid(grid.code(), grid.name(), missing));
			}
		});
		return new CompletenessReport(layerCode, template.name(), template.levelName(), rootCode, checked.size(),
				checked.size() - incomplete.size(), incomplete);
	}

	/**
	 * Every grid of the layer that its template applies to, with the number of places the template asks for that its
	 * team leaves empty (0 when the team is complete); empty when the layer has no template.
	 */
	public Map<String, Integer> vacancies(String layerCode) {
		Map<String, Integer> vacancies = new LinkedHashMap<>();
		templates.find(layerCode).ifPresent(template -> check(layerCode, null, template).forEach((grid, missing) ->
				vacancies.put(grid.code(), missing.stream().mapToInt(m -> m.required() - m.present()).sum())));
		return vacancies;
	}

	/** The grids the template applies to, in order, each with its team's shortfalls. */
	private Map<GridSummary, List<Shortfall>> check(String layerCode, String rootCode, TeamTemplate template) {
		List<GridSummary> grids = hierarchy.subtree(layerCode, rootCode);
		Set<String> parents = new HashSet<>();
		hierarchy.parents(layerCode).values().stream().filter(Objects::nonNull).forEach(parents::add);
		List<GridSummary> checked = grids.stream()
			.filter(g -> template.levelName() == null ? !parents.contains(g.code())
					: template.levelName().equals(g.levelName()))
			.toList();
		Map<String, List<TeamMember>> byGrid = new HashMap<>();
		teams.teamsOf(layerCode, checked.stream().map(GridSummary::code).toList())
			.forEach(m -> byGrid.computeIfAbsent(m.gridCode(), k -> new ArrayList<>()).add(m));
		Map<GridSummary, List<Shortfall>> shortfalls = new LinkedHashMap<>();
		for (GridSummary grid : checked) {
			shortfalls.put(grid, shortfalls(template.slots(), byGrid.getOrDefault(grid.code(), List.of())));
		}
		return shortfalls;
	}

	static List<Shortfall> shortfalls(List<Slot> slots, List<TeamMember> team) {
		List<TeamMember> free = new ArrayList<>(team);
		List<Shortfall> missing = new ArrayList<>();
		List<Slot> ordered = new ArrayList<>(slots);
		ordered.sort(Comparator.comparing((Slot slot) -> slot.department() == null));
		for (Slot slot : ordered) {
			int filled = 0;
			for (var it = free.iterator(); it.hasNext() && filled < slot.count();) {
				TeamMember member = it.next();
				if (member.role().equals(slot.role())
						&& (slot.department() == null || slot.department().equals(member.departmentCode()))) {
					it.remove();
					filled++;
				}
			}
			if (filled < slot.count()) {
				missing.add(new Shortfall(slot.role(), slot.department(), slot.count(), filled));
			}
		}
		return missing;
	}
}
