package org.onegrid.fieldwork;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.onegrid.fieldwork.internal.PatrolVisits;
import org.onegrid.fieldwork.internal.PatrolVisits.Visit;
import org.onegrid.grid.GridHierarchy;
import org.springframework.stereotype.Service;

/**
 * Where one worker patrolled: the grids their own track or accepted check-ins reached in a period. As for a grid's
 * patrol coverage, being in a grid counts for every grid above it, never for the grids below, so a worker whose
 * team serves a community has patrolled it when they walked any micro-grid in it.
 */
@Service
public class PersonalPatrols {

	private final PatrolVisits visits;

	private final GridHierarchy hierarchy;

	PersonalPatrols(PatrolVisits visits, GridHierarchy hierarchy) {
		this.visits = visits;
		this.hierarchy = hierarchy;
	}

	/** The codes of the grids the worker patrolled between the two days (inclusive), by layer code. */
	public Map<String, Set<String>> gridsPatrolledBy(long personId, LocalDate from, LocalDate to) {
		Map<String, Set<String>> grids = new HashMap<>();
		for (Visit visit : visits.byWorker(personId, from, to)) {
			grids.computeIfAbsent(visit.layer(), layer -> new TreeSet<>())
				.addAll(hierarchy.path(visit.layer(), visit.grid()));
		}
		return grids;
	}
}
