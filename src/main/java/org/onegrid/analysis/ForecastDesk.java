package org.onegrid.analysis;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.access.Grant;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers forecasts from the module's own facts: the last sixteen whole weeks and this week's days so far, counted
 * per day in the district's zone, for the area and category asked. A reader gets the forecast of a grid they see;
 * the whole district's only when they see all of it.
 */
@Service
class ForecastDesk {

	static final int WEEKS = 16;

	static final int HELD_OUT = 28;

	private final JdbcClient jdbc;

	private final AnalysisArea area;

	private final WorkingCalendar calendar;

	private final MonthSeal seal;

	private final SealedMonths sealed;

	private final TransactionTemplate snapshot;

	ForecastDesk(JdbcClient jdbc, AnalysisArea area, WorkingCalendar calendar, MonthSeal seal, SealedMonths sealed,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.area = area;
		this.calendar = calendar;
		this.seal = seal;
		this.sealed = sealed;
		this.snapshot = MonthSeal.snapshot(transactions);
	}

	Forecast forecast(String layer, String grid, String category, Integer days, Grant grant) {
		List<Violation> violations = new ArrayList<>();
		int ahead = AnalysisArea.ahead("days", days, 14, 60, violations);
		AnalysisArea.check(layer, grid, category, violations);
		Fields.failIfAny(violations);
		List<String> grids = area.grids(layer, grid, grant);
		ZoneId zone = calendar.zone();
		LocalDate today = calendar.now().atZone(zone).toLocalDate();
		LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS);
		double[] counts = counts(layer, grids, category, start, today, zone);
		List<Forecast.Count> history = new ArrayList<>();
		for (int t = 0; t < counts.length; t++) {
			history.add(new Forecast.Count(start.plusDays(t), (int) counts[t]));
		}
		List<Forecast.Expected> expected = new ArrayList<>();
		List<Forecaster.Day> forecast = Forecaster.forecast(counts, ahead);
		for (int h = 0; h < ahead; h++) {
			Forecaster.Day day = forecast.get(h);
			expected.add(new Forecast.Expected(today.plusDays(h), round(day.expected()), round(day.low()),
					round(day.high())));
		}
		HeldOut test = Forecaster.backtest(counts, HELD_OUT);
		boolean beats = test != null && test.beatsSeasonalNaive();
		return new Forecast(layer, grid, category, history, expected, test == null ? null
				: new Forecast.Backtest(test.periods(), round(test.mae()), round(test.seasonalNaiveMae()),
						test.ratio() == null ? null : round(test.ratio())), beats);
	}

	/**
	 * Cases reported per day in [start, end): for every grid, the sealed days from their counts and the rest from the
	 * facts; for an area, all from the facts, found through their index by grid.
	 */
	double[] counts(String layer, List<String> grids, String category, LocalDate start, LocalDate end, ZoneId zone) {
		Map<LocalDate, Integer> byDay = snapshot.execute(status -> byDay(layer, grids, category, start, end, zone));
		double[] counts = new double[(int) ChronoUnit.DAYS.between(start, end)];
		for (int t = 0; t < counts.length; t++) {
			counts[t] = byDay.getOrDefault(start.plusDays(t), 0);
		}
		return counts;
	}

	/** The seal and the counts read in one snapshot, so that a day sealed meanwhile is not counted twice. */
	private Map<LocalDate, Integer> byDay(String layer, List<String> grids, String category, LocalDate start,
			LocalDate end, ZoneId zone) {
		Map<LocalDate, Integer> byDay = new HashMap<>();
		LocalDate from = start;
		Instant until = grids != null ? null : seal.sealed().map(s -> s.until(zone)).orElse(null);
		if (until != null) {
			LocalDate open = until.atZone(zone).toLocalDate();
			from = open.isBefore(start) ? start : open.isAfter(end) ? end : open;
			byDay.putAll(sealed.reportedByDay(layer, category, start, from));
		}
		if (from.isBefore(end)) {
			byDay.putAll(reportedByDay(layer, grids, category, from, end, zone));
		}
		return byDay;
	}

	private Map<LocalDate, Integer> reportedByDay(String layer, List<String> grids, String category, LocalDate start,
			LocalDate end, ZoneId zone) {
		Map<LocalDate, Integer> byDay = new HashMap<>();
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zone.getId());
		params.put("from", Timestamp.from(start.atStartOfDay(zone).toInstant()));
		params.put("to", Timestamp.from(end.atStartOfDay(zone).toInstant()));
		String where = new MonthlyFacts.Filter(layer, grids, category).conditions(params);
		jdbc.sql("""
				SELECT (reported_at AT TIME ZONE :zone)::date AS day, count(*) AS n FROM analysis_report
				WHERE reported_at >= :from AND reported_at < :to AND %s GROUP BY 1""".formatted(where))
			.params(params)
			.query((rs, row) -> byDay.put(rs.getObject("day", LocalDate.class), rs.getInt("n")))
			.list();
		return byDay;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
