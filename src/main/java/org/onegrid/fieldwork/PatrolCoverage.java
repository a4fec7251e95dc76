package org.onegrid.fieldwork;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.fieldwork.CoverageReport.GridDays;
import org.onegrid.fieldwork.internal.PatrolVisits.Visit;
import org.onegrid.fieldwork.internal.PatrolVisits;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.springframework.stereotype.Service;

/**
 * How often each grid was patrolled in an ISO week. A day counts for a grid when a worker's track has a point in
 * it, or a worker checked in there and was accepted; a day in a grid also counts for every grid above it, never
 * for the grids below. The 丽水 city-management grid plan asks for at least two days a week ({@code
 * onegrid.fieldwork.min-patrol-days}).
 */
@Service
public class PatrolCoverage {

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	private final PatrolVisits visits;

	private final GridHierarchy hierarchy;

	private final GridLayers layers;

	private final FieldworkProperties properties;

	PatrolCoverage(PatrolVisits visits, GridHierarchy hierarchy, GridLayers layers, FieldworkProperties properties) {
		this.visits = visits;
		this.layers = layers;
		this.hierarchy = hierarchy;
		this.properties = properties;
	}

	/**
	 * The grids of the layer (or of the subtree under {@code rootCode}, or of one level, by name or number) patrolled
	 * on fewer than {@code minDays} days (the configured minimum when {@code null}) of the ISO week, such as {@code
	 * 2026-W10}.
	 */
	public CoverageReport belowMinimum(String layerCode, String week, Integer minDays, String rootCode,
			String level) {
		LocalDate monday = monday(week);
		int minimum = minDays == null ? properties.minPatrolDays() : minDays;
		if (minimum < 1 || minimum > 7) {
			throw ApiProblem.invalidField("minDays", "OUT_OF_RANGE", "minDays is 1 to 7");
		}
		Integer wanted = level == null || level.isBlank() ? null : layers.get(layerCode).levelOf(level, "level");
		List<GridSummary> grids = hierarchy.subtree(layerCode, rootCode).stream()
			.filter(grid -> wanted == null || grid.level() == wanted)
			.toList();
		Map<String, String> parents = hierarchy.parents(layerCode);
		Map<String, Set<LocalDate>> days = new HashMap<>();
		for (Visit visit : visits.days(layerCode, monday, monday.plusDays(6))) {
			String grid = visit.grid();
			for (int depth = 0; grid != null && depth <= parents.size(); depth++) {
				days.computeIfAbsent(grid, k -> new TreeSet<>()).add(visit.day());
				grid = parents.get(grid);
			}
		}
		List<GridDays> below = new ArrayList<>();
		for (GridSummary grid : grids) {
			Set<LocalDate> dates = days.getOrDefault(grid.code(), Set.of());
			if (dates.size() < minimum) {
				below.add(new GridDays(grid.code(), grid.name(), grid.levelName(), dates.size(), List.copyOf(dates)));
			}
		}
		below.sort(Comparator.comparingInt(GridDays::days));
		return new CoverageReport(layerCode, week, monday, monday.plusDays(6), minimum, grids.size(), below);
	}

	private static LocalDate monday(String week) {
		Matcher matcher = week == null ? null : WEEK.matcher(week.strip());
		if (matcher != null && matcher.matches()) {
			LocalDate fourthOfJanuary = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4);
			int number = Integer.parseInt(matcher.group(2));
			if (fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).isValidValue(number)) {
				return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
			}
		}
		throw ApiProblem.invalidField("week", "INVALID_FORMAT", "week is an ISO week such as 2026-W10");
	}
}
