package org.onegrid.spotcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onegrid.fieldwork.WorkerPosition;
import org.onegrid.fieldwork.WorkerPositions;
import org.onegrid.geo.Crs;
import org.onegrid.grid.GridLocator;
import org.onegrid.grid.Location;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Person;
import org.springframework.stereotype.Component;

/**
 * Where a worker was at a check, from the field work module's last known position and the grids the worker serves:
 * in one of them when the position lies in a served grid or in a grid below one, whatever the layer.
 */
@Component
class Whereabouts {

	private final WorkerPositions positions;

	private final GridLocator locator;

	private final GridTeams teams;

	Whereabouts(WorkerPositions positions, GridLocator locator, GridTeams teams) {
		this.positions = positions;
		this.locator = locator;
		this.teams = teams;
	}

	/** Whether the person serves any grid, which makes them a grid worker a check can pick. */
	boolean servesAGrid(long personId) {
		return !teams.gridsOf(personId).isEmpty();
	}

	/** The worker's result at a check due at {@code at}, whose positions may be up to {@code tolerance} old. */
	SpotCheckResult judge(Person worker, Instant at, Duration tolerance) {
		Optional<WorkerPosition> latest = positions.latest(worker.id());
		if (latest.isEmpty() || latest.get().at().isBefore(at.minus(tolerance))) {
			return new SpotCheckResult(worker.id(), worker.name(), worker.unitCode(), SpotCheckResult.NO_POSITION,
					latest.map(WorkerPosition::at).orElse(null), null, null, null);
		}
		WorkerPosition point = latest.get();
		Set<String> served = teams.gridsOf(worker.id()).stream().map(m -> m.layerCode() + "/" + m.gridCode())
			.collect(Collectors.toSet());
		String elsewhere = null;
		for (Location.LayerPath path : locator.locate(point.lon(), point.lat(), Crs.WGS84).layers()) {
			List<Location.GridRef> grids = path.path();
			for (Location.GridRef grid : grids) {
				if (served.contains(path.layer() + "/" + grid.code())) {
					return result(worker, point, SpotCheckResult.IN_GRID, grid.code());
				}
			}
			if (elsewhere == null && served.stream().anyMatch(key -> key.startsWith(path.layer() + "/"))) {
				elsewhere = path.leaf().code();
			}
		}
		return result(worker, point, SpotCheckResult.OUT_OF_GRID, elsewhere);
	}

	private static SpotCheckResult result(Person worker, WorkerPosition point, String result, String grid) {
		return new SpotCheckResult(worker.id(), worker.name(), worker.unitCode(), result, point.at(), point.lon(),
				point.lat(), grid);
	}
}
