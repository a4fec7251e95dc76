package org.onegrid.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.access.Grant;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.cases.CaseTallies;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MinorClass;
import org.springframework.stereotype.Service;

/**
 * Works out the dashboard's figures for a viewer, each through another module's public API. The case counts come
 * from the counts the database keeps in step with every change to a case, for a viewer who sees the district or one
 * grid above the leaf, so that many screens polling the figures cost the database a few rows each (see
 * {@link CaseTallies}):
 * <ul>
 * <li>intake today: cases reported since midnight in the district's zone, by channel;</li>
 * <li>open and overdue by street: every open case in scope, grouped by the grid of the street level on its primary
 * trail; overdue means the current stage's light is red, which the light sweep sets on working time;</li>
 * <li>top categories: cases reported today, and since the first of the month, by minor class;</li>
 * <li>on-time rate: of the cases closed this month, self-handled ones apart, the share whose last feedback came
 * within its deadline;</li>
 * <li>on patrol now: workers whose phone sent a point, or who checked in, within the patrol window, among those
 * who serve the viewer's grids (everyone, for a viewer who sees the whole district).</li>
 * </ul>
 */
@Service
class Overview {

	/** The most streets the chart shows. */
	static final int STREETS = 15;

	private final CaseTallies tallies;

	private final Catalogue catalogue;

	private final WorkingCalendar calendar;

	private final Patrols patrols;

	private final Feed feed;

	private final DashboardProperties properties;

	private final Clock clock;

	Overview(CaseTallies tallies, Catalogue catalogue, WorkingCalendar calendar, Patrols patrols, Feed feed,
			DashboardProperties properties, Clock clock) {
		this.tallies = tallies;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.patrols = patrols;
		this.feed = feed;
		this.properties = properties;
		this.clock = clock;
	}

	OverviewFigures of(Grant viewer) {
		long feedId = feed.newestId();
		Instant now = clock.instant();
		ZoneId zone = calendar.zone();
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate firstOfMonth = today.withDayOfMonth(1);
		Instant dayStart = today.atStartOfDay(zone).toInstant();
		Instant dayEnd = today.plusDays(1).atStartOfDay(zone).toInstant();
		Instant monthStart = firstOfMonth.atStartOfDay(zone).toInstant();
		Instant monthEnd = firstOfMonth.plusMonths(1).atStartOfDay(zone).toInstant();

		Map<String, Long> intake = new LinkedHashMap<>(tallies.reportedByChannel(dayStart, dayEnd, viewer));
		CaseTallies.OpenTally open = tallies.open(viewer);
		List<OverviewFigures.Street> streets = tallies.openByLevel(properties.streetLevel(), viewer).stream()
			.limit(STREETS)
			.map(s -> new OverviewFigures.Street(s.layer(), s.code(), s.name(), s.open(), s.overdue()))
			.toList();
		CaseTallies.OnTime onTime = tallies.closedOnTime(monthStart, monthEnd, viewer);
		BigDecimal rate = onTime.closed() == 0 ? null : BigDecimal.valueOf(onTime.onTime())
			.divide(BigDecimal.valueOf(onTime.closed()), 4, RoundingMode.HALF_UP);
		Instant patrolSince = now.minus(properties.patrolWindow());
		return new OverviewFigures(now, zone.getId(), today, calendar.isWorkingDay(today),
				calendar.workingDaysBetween(firstOfMonth, today.plusDays(1)),
				calendar.workingDaysBetween(firstOfMonth, firstOfMonth.plusMonths(1)), intake,
				intake.values().stream().mapToLong(Long::longValue).sum(), open.open(), open.overdue(), streets,
				top(dayStart, dayEnd, viewer), top(monthStart, monthEnd, viewer), onTime.closed(), onTime.onTime(),
				rate, patrols.onPatrol(patrolSince, viewer), properties.patrolWindow().toMinutes(), feedId);
	}

	private List<OverviewFigures.Category> top(Instant from, Instant to, Grant viewer) {
		return tallies.topCategories(from, to, properties.topCategories(), viewer).stream().map(tally -> {
			Kind kind = Kind.valueOf(tally.kind());
			MinorClass minor = catalogue.exists(kind, tally.minorCode()) ? catalogue.minorClass(kind, tally.minorCode())
					: null;
			return new OverviewFigures.Category(tally.kind(), tally.minorCode(),
					minor == null ? tally.minorCode() : minor.nameZh(), minor == null ? tally.minorCode()
							: minor.nameEn(), tally.count());
		}).toList();
	}
}
