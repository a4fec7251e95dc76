package org.onegrid.dashboard;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.fieldwork.OnPatrol;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.grid.GridSummary;
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
		Set<Long> serving = new HashSet<>();
		for (String key : viewer.gridKeys()) {
			String layer = key.substring(0, key.indexOf(':'));
			List<String> grids;
			try {
				grids = hierarchy.subtree(layer, key.substring(layer.length() + 1)).stream()
					.map(GridSummary::code)
					.toList();
			}
			catch (ApiProblem gone) {
				continue;
			}
			teams.teamsOf(layer, grids).stream().map(TeamMember::personId).forEach(serving::add);
		}
		out.retainAll(serving);
		return out.size();
	}
}
