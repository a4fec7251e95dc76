package org.onegrid.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.onegrid.people.CompletenessReport.IncompleteGrid;
import org.onegrid.people.CompletenessReport.LevelCount;
import org.onegrid.people.CompletenessReport.Shortfall;
import org.onegrid.people.TeamTemplate.Slot;
import org.onegrid.people.internal.TeamTemplates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each layer's team templates, at most one per level, and reports the grids whose team falls short of the
 * template they answer to (see {@link LevelTemplates}: the one of the grid's own level, or the template without a
 * level for a leaf grid).
 * <p>
 * A member fills at most one slot of a grid. Slots naming a department are filled first, by members of that
 * department in the slot's role; the remaining members then fill the slots without a department. So five
 * specialist workers from the same department do not count as the five lines the 丽水 city-management grid plan asks for.
 */
@Service
public class TeamCompleteness {

	private final TeamTemplates templates;

	private final LevelTemplates levels;

	private final GridTeams teams;

	private final GridLayers layers;

	private final Roles roles;

	private final DepartmentDirectory departments;

	TeamCompleteness(TeamTemplates templates, LevelTemplates levels, GridTeams teams, GridLayers layers, Roles roles,
			DepartmentDirectory departments) {
		this.templates = templates;
		this.levels = levels;
		this.teams = teams;
		this.layers = layers;
		this.roles = roles;
		this.departments = departments;
	}

	/**
	 * The layer's template: the one without a level, or else the only one it has.
	 * @throws ApiProblem 404 when the layer has no such template
	 */
	public TeamTemplate template(String layerCode) {
		return template(layerCode, null);
	}

	/**
	 * The layer's template for the level, named by name or number; for a {@code null} level, as
	 * {@link #template(String)}.
	 * @throws ApiProblem 404 when the layer has no such template, 400 when it has no such level
	 */
	public TeamTemplate template(String layerCode, String level) {
		String levelName = level == null ? null : layers.get(layerCode).levelName(layers.get(layerCode)
			.levelOf(level, "level"));
		List<TeamTemplate> all = templates.ofLayer(layerCode);
		return all.stream().filter(t -> Objects.equals(t.levelName(), levelName)).findFirst()
			.or(() -> levelName == null && all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty())
			.orElseThrow(() -> ApiProblem.notFound("Team template",
					levelName == null ? layerCode : layerCode + "/" + levelName));
	}

	/** The layer's templates, the one without a level first; empty when it has none. */
	public List<TeamTemplate> templates(String layerCode) {
		layers.get(layerCode);
		return templates.ofLayer(layerCode);
	}

	/** The layer's template for exactly this level ({@code null}: the one without a level), if there is one. */
	public Optional<TeamTemplate> find(String layerCode, String levelName) {
		return templates.find(layerCode, levelName);
	}

	/** Creates or replaces the layer's template for the template's level after checking every slot. */
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
		return templates.find(layerCode, level).orElseThrow();
	}

	/** As {@link #report(String, String, String)} for every level. */
	public CompletenessReport report(String layerCode, String rootCode) {
		return report(layerCode, rootCode, null);
	}

	/**
	 * The grids of the layer (or of the subtree under {@code rootCode}) whose team misses a slot of the template they
	 * answer to; only those answering to the template of {@code level} when it is given.
	 * @throws ApiProblem 404 when the layer has no template (for that level)
	 */
	public CompletenessReport report(String layerCode, String rootCode, String level) {
		TeamTemplate only = level == null ? null : template(layerCode, level);
		if (templates.ofLayer(layerCode).isEmpty()) {
			throw ApiProblem.notFound("Team template", layerCode);
		}
		Map<GridSummary, Checked> checked = check(layerCode, rootCode);
		checked.values().removeIf(c -> only != null && !c.template().equals(only));
		List<IncompleteGrid> incomplete = new ArrayList<>();
		Map<TeamTemplate, int[]> counts = new LinkedHashMap<>();
		checked.forEach((grid, c) -> {
			int[] count = counts.computeIfAbsent(c.template(), t -> new int[2]);
			count[0]++;
			if (c.missing().isEmpty()) {
				count[1]++;
			}
			else {
				incomplete.add(new IncompleteGrid(grid.code(), grid.name(), grid.levelName(), c.template().name(),
						c.missing()));
			}
		});
		List<LevelCount> levelCounts = new ArrayList<>();
		counts.forEach((t, count) -> levelCounts.add(new LevelCount(t.name(), t.levelName(), count[0], count[1])));
		List<TeamTemplate> all = templates(layerCode);
		TeamTemplate one = only != null ? only : all.size() == 1 ? all.get(0) : null;
		return new CompletenessReport(layerCode, one == null ? null : one.name(), one == null ? null : one.levelName(),
				rootCode, checked.size(), checked.size() - incomplete.size(), incomplete, levelCounts);
	}

	/**
	 * Every grid of the layer that answers to one of its templates, with the number of places its template asks for
	 * that its team leaves empty (0 when the team is complete); empty when the layer has no template.
	 */
	public Map<String, Integer> vacancies(String layerCode) {
		Map<String, Integer> vacancies = new LinkedHashMap<>();
		check(layerCode, null).forEach((grid, c) ->
				vacancies.put(grid.code(), c.missing().stream().mapToInt(m -> m.required() - m.present()).sum()));
		return vacancies;
	}

	/** A grid's template and what its team misses of it. */
	private record Checked(TeamTemplate template, List<Shortfall> missing) {
	}

	/** The grids a template applies to, in order, each with its template and its team's shortfalls. */
	private Map<GridSummary, Checked> check(String layerCode, String rootCode) {
		Map<GridSummary, TeamTemplate> applying = levels.applying(layerCode, rootCode);
		Map<String, List<TeamMember>> byGrid = new HashMap<>();
		teams.teamsOf(layerCode, applying.keySet().stream().map(GridSummary::code).toList())
			.forEach(m -> byGrid.computeIfAbsent(m.gridCode(), k -> new ArrayList<>()).add(m));
		Map<GridSummary, Checked> checked = new LinkedHashMap<>();
		applying.forEach((grid, template) -> checked.put(grid,
				new Checked(template, Shortfalls.of(template.slots(), byGrid.getOrDefault(grid.code(), List.of())))));
		return checked;
	}
}
