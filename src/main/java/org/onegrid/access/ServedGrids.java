package org.onegrid.access;

import java.util.List;

import org.onegrid.grid.GridLayers;
import org.onegrid.people.GridTeams;
import org.onegrid.people.People;
import org.springframework.stereotype.Component;

/**
 * The grids the signed-in caller serves, read afresh on each call so that a new assignment shows without signing in
 * again; only the caller's own memberships, never anyone else's, and only of grids that still exist.
 */
@Component
class ServedGrids {

	private final People people;

	private final GridTeams teams;

	private final GridLayers layers;

	ServedGrids(People people, GridTeams teams, GridLayers layers) {
		this.people = people;
		this.teams = teams;
		this.layers = layers;
	}

	/** The caller's account with the grids they serve; none for an account without a person. */
	Me describe(Caller caller) {
		if (caller.personId() == null || !people.exists(caller.personId())) {
			return Me.of(caller, List.of());
		}
		List<Me.ServedGrid> grids = teams.gridsOf(caller.personId()).stream()
			.filter(member -> layers.exists(member.layerCode()))
			.flatMap(member -> layers.grid(member.layerCode(), member.gridCode()).stream()
				.map(grid -> new Me.ServedGrid(grid.layer(), grid.code(), grid.name(), grid.levelName(),
						member.role())))
			.toList();
		return Me.of(caller, grids);
	}
}
