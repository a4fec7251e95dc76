package org.onegrid.fieldwork;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.onegrid.fieldwork.internal.PatrolVisits;
import org.onegrid.fieldwork.internal.PatrolVisits.Visit;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.people.GridTeams;
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

	private final GridTeams teams;

	PersonalPatrols(PatrolVisits visits, GridHierarchy hierarchy, GridTeams teams) {
		this.visits = visits;
		this.hierarchy = hierarchy;
		this.teams = teams;
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

	/**
	 * The worker's patrol days between the two days (inclusive): the days on which their own track or an accepted
	 * check-in reached one of the grids whose teams they serve, or a grid below one. Being elsewhere is no patrol.
	 */
	public SortedSet<LocalDate> patrolDaysOf(long personId, LocalDate from, LocalDate to) {
		Set<String> served = new HashSet<>();
		teams.gridsOf(personId).forEach(member -> served.add(member.layerCode() + "/" + member.gridCode()));
		SortedSet<LocalDate> days = new TreeSet<>();
		if (served.isEmpty()) {
			return days;
		}
		for (Visit visit : visits.daysOf(personId, from, to)) {
			if (!days.contains(visit.day()) && hierarchy.path(visit.layer(), visit.grid()).stream()
				.anyMatch(grid -> served.contains(visit.layer() + "/" + grid))) {
				days.add(visit.day());
			}
		}
		return days;
	}
}
