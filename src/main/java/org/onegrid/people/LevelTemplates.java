package org.onegrid.people;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.onegrid.grid.GridHierarchy;
import org.onegrid.grid.GridSummary;
import org.onegrid.people.internal.TeamTemplates;
import org.springframework.stereotype.Component;

/**
 * Which of a layer's team templates a grid answers to: the template of the grid's own level or, for a leaf grid
 * whose level has none, the layer's template without a level. A grid that answers to no template may have any team.
 */
@Component
class LevelTemplates {

	private final TeamTemplates templates;

	private final GridHierarchy hierarchy;

	LevelTemplates(TeamTemplates templates, GridHierarchy hierarchy) {
		this.templates = templates;
		this.hierarchy = hierarchy;
	}

	/** The grids of the layer (or of the subtree under {@code rootCode}) that answer to a template, in order. */
	Map<GridSummary, TeamTemplate> applying(String layerCode, String rootCode) {
		List<TeamTemplate> all = templates.ofLayer(layerCode);
		Map<GridSummary, TeamTemplate> result = new LinkedHashMap<>();
		if (all.isEmpty()) {
			return result;
		}
		Set<String> parents = new HashSet<>();
		hierarchy.parents(layerCode).values().stream().filter(Objects::nonNull).forEach(parents::add);
		for (GridSummary grid : hierarchy.subtree(layerCode, rootCode)) {
			of(all, grid, !parents.contains(grid.code())).ifPresent(template -> result.put(grid, template));
		}
		return result;
	}

	/** Why the role may not serve on the grid's team (see below); {@code null} when it may. */
	String refusal(String layerCode, String gridCode, String role) {
		List<TeamTemplate> all = templates.ofLayer(layerCode);
		if (all.isEmpty()) {
			return null;
		}
		List<GridSummary> subtree = hierarchy.subtree(layerCode, gridCode);
		return of(all, subtree.get(0), subtree.size() == 1).map(t -> refusal(subtree.get(0), t, role)).orElse(null);
	}

	/**
	 * Why the role may not serve on the team of a grid answering to the template, in words for the person assigning;
	 * {@code null} when it may.
	 */
	static String refusal(GridSummary grid, TeamTemplate template, String role) {
		if (template.slots().stream().anyMatch(slot -> slot.role().equals(role))) {
			return null;
		}
		return "grid '" + grid.code() + "' (" + grid.levelName() + ") has the team template '" + template.name()
				+ "', whose posts are " + template.slots().stream().map(TeamTemplate.Slot::role).distinct().toList()
				+ "; '" + role + "' is not one of them";
	}

	private static Optional<TeamTemplate> of(List<TeamTemplate> all, GridSummary grid, boolean leaf) {
		Optional<TeamTemplate> own = all.stream().filter(t -> grid.levelName() != null
				&& grid.levelName().equals(t.levelName())).findFirst();
		if (own.isPresent() || !leaf) {
			return own;
		}
		return all.stream().filter(t -> t.levelName() == null).findFirst();
	}
}
