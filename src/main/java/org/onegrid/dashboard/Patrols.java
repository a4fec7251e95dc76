package org.onegrid.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.fieldwork.OnPatrol;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.people.GridTeams;
import org.onegrid.people.TeamMember;
import org.springframework.stereotype.Component;

/**
 * How many workers are on patrol now as a viewer may see them: everyone on patrol for a viewer who sees the whole
 * district; otherwise those who serve a grid within the viewer's grids.
 */
@Component
class Patrols {

	private final OnPatrol onPatrol;

	private final GridHierarchy hierarchy;

	private final GridTeams teams;

	Patrols(OnPatrol onPatrol, GridHierarchy hierarchy, GridTeams teams) {
		this.onPatrol = onPatrol;
		this.hierarchy = hierarchy;
		this.teams = teams;
	}

	long onPatrol(Instant since, Grant viewer) {
		Set<Long> out = onPatrol.since(since);
		if (viewer.all() || out.isEmpty()) {
			return out.size();
		}
		Map<String, Set<String>> roots = new HashMap<>();
		for (String key : viewer.gridKeys()) {
			int colon = key.indexOf(':');
			roots.computeIfAbsent(key.substring(0, colon), layer -> new HashSet<>()).add(key.substring(colon + 1));
		}
		Set<Long> serving = new HashSet<>();
		roots.forEach((layer, codes) -> teams.teamsOf(layer, below(layer, codes)).stream()
			.map(TeamMember::personId)
			.forEach(serving::add));
		out.retainAll(serving);
		return out.size();
	}

	/** The grids and every grid below them in the layer, reading the layer's hierarchy once. */
	private List<String> below(String layer, Set<String> codes) {
		Map<String, List<String>> children = new HashMap<>();
		try {
			hierarchy.parents(layer).forEach((code, parent) -> {
				if (parent != null) {
					children.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
				}
			});
		}
		catch (ApiProblem noLayer) {
			return List.of();
		}
		List<String> found = new ArrayList<>(codes);
		for (int i = 0; i < found.size(); i++) {
			found.addAll(children.getOrDefault(found.get(i), List.of()));
		}
		return found;
	}
}
