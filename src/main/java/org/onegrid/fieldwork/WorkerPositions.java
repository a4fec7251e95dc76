package org.onegrid.fieldwork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.onegrid.fieldwork.internal.Positions;
import org.onegrid.geo.Crs;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.grid.GridLocator;
import org.onegrid.grid.GridSummary;
import org.onegrid.grid.Location;
import org.onegrid.people.GridTeams;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.onegrid.people.TeamMember;
import org.springframework.stereotype.Service;

/**
 * The last known position of everyone in a grid subtree, for the command centre's map: everyone who serves a grid
 * of the subtree (even without any point yet), and everyone whose latest point since a given time lies in it.
 */
@Service
public class WorkerPositions {

	private final Positions positions;

	private final GridHierarchy hierarchy;

	private final GridLocator locator;

	private final GridTeams teams;

	private final People people;

	WorkerPositions(Positions positions, GridHierarchy hierarchy, GridLocator locator, GridTeams teams,
			People people) {
		this.positions = positions;
		this.hierarchy = hierarchy;
		this.locator = locator;
		this.teams = teams;
		this.people = people;
	}

	/**
	 * The worker's last known point (WGS-84), without name or grid; empty when they never sent one. A check of
	 * whether a worker is at their post (在岗在位) asks this and judges the point's age itself.
	 */
	public Optional<WorkerPosition> latest(long personId) {
		return positions.of(personId);
	}

	/**
	 * Positions for the subtree under {@code rootCode} of the layer (the whole layer when {@code null}); points older
	 * than {@code since} count as unknown. Ordered by person id.
	 */
	public List<WorkerPosition> inSubtree(String layerCode, String rootCode, Instant since) {
		Set<String> subtree = new HashSet<>();
		hierarchy.subtree(layerCode, rootCode).stream().map(GridSummary::code).forEach(subtree::add);
		Set<Long> assigned = new HashSet<>();
		teams.teamsOf(layerCode, subtree).stream().map(TeamMember::personId).forEach(assigned::add);
		Map<Long, WorkerPosition> found = new HashMap<>();
		for (WorkerPosition position : positions.since(since)) {
			String leaf = null;
			boolean inside = false;
			for (Location.LayerPath path : locator.locate(position.lon(), position.lat(), Crs.WGS84).layers()) {
				if (path.layer().equals(layerCode)) {
					leaf = path.leaf().code();
					inside = path.path().stream().anyMatch(grid -> subtree.contains(grid.code()));
				}
			}
			if (inside || assigned.contains(position.personId())) {
				found.put(position.personId(), new WorkerPosition(position.personId(), null, position.at(),
						position.lon(), position.lat(), position.accuracy(), leaf,
						assigned.contains(position.personId()), inside));
			}
		}
		Set<Long> everyone = new TreeSet<>(assigned);
		everyone.addAll(found.keySet());
		Map<Long, String> names = new HashMap<>();
		people.byIds(List.copyOf(everyone)).forEach((Person p) -> names.put(p.id(), p.name()));
		List<WorkerPosition> result = new ArrayList<>();
		for (long id : everyone) {
			WorkerPosition p = found.get(id);
			result.add(p == null ? new WorkerPosition(id, names.get(id), null, null, null, null, null, true, false)
					: new WorkerPosition(id, names.get(id), p.at(), p.lon(), p.lat(), p.accuracy(), p.gridCode(),
							p.assigned(), p.inside()));
		}
		return result;
	}
}
