package org.onegrid.analysis;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onegrid.access.Grant;
import org.onegrid.analysis.Outlook.ExpectedMonth;
import org.onegrid.analysis.Outlook.MonthCount;
import org.onegrid.analysis.Outlook.OpinionMonth;
import org.onegrid.analysis.Outlook.YearTotal;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.stereotype.Service;

/**
 * Answers the medium- and long-term outlook from the module's own facts: up to three years of whole months before
 * the current one, starting no earlier than the district's first report (months before OneGrid kept cases are not
 * months without problems), counted in the district's zone, for the area and category asked.
 */
@Service
class OutlookDesk {

	static final int YEARS_BACK = 3;

	static final int HELD_OUT = 6;

	private final MonthlyFacts facts;

	private final AnalysisArea area;

	private final WorkingCalendar calendar;

	OutlookDesk(MonthlyFacts facts, AnalysisArea area, WorkingCalendar calendar) {
		this.facts = facts;
		this.area = area;
		this.calendar = calendar;
	}

	Outlook outlook(String layer, String grid, String category, Integer months, Grant grant) {
		List<Violation> violations = new ArrayList<>();
		int ahead = AnalysisArea.ahead("months", months, 12, 24, violations);
		AnalysisArea.check(layer, grid, category, violations);
		Fields.failIfAny(violations);
		MonthlyFacts.Filter filter = new MonthlyFacts.Filter(layer, area.grids(layer, grid, grant), category);
		ZoneId zone = calendar.zone();
		YearMonth current = YearMonth.from(calendar.now().atZone(zone));
		YearMonth first = facts.firstReport(layer).map(at -> YearMonth.from(at.atZone(zone))).orElse(current);
		YearMonth start = first.isAfter(current.minusYears(YEARS_BACK)) ? first : current.minusYears(YEARS_BACK);
		Map<YearMonth, Integer> reported = facts.reported(filter, start, current.plusMonths(1), zone);
		Map<YearMonth, OpinionMonth> answers = facts.answers(filter, start, current.plusMonths(1), zone);

		List<MonthCount> history = new ArrayList<>();
		List<OpinionMonth> opinion = new ArrayList<>();
		for (YearMonth m = start; !m.isAfter(current); m = m.plusMonths(1)) {
			if (m.isBefore(current)) {
				history.add(new MonthCount(m.toString(), reported.getOrDefault(m, 0)));
			}
			OpinionMonth given = answers.getOrDefault(m, new OpinionMonth(m.toString(), 0, 0, 0, null));
			opinion.add(new OpinionMonth(m.toString(), given.evaluated(), given.satisfied(), given.dissatisfied(),
					given.evaluated() == 0 ? null : round((double) given.satisfied() / given.evaluated())));
		}
		double[] counts = history.stream().mapToDouble(MonthCount::count).toArray();
		List<ExpectedMonth> expected = new ArrayList<>();
		List<MonthlyForecaster.Month> forecast = MonthlyForecaster.forecast(counts, start.getMonthValue(), ahead);
		for (int h = 0; h < ahead; h++) {
			MonthlyForecaster.Month month = forecast.get(h);
			expected.add(new ExpectedMonth(current.plusMonths(h).toString(), round(month.expected()),
					round(month.low()), round(month.high())));
		}
		HeldOut test = MonthlyForecaster.backtest(counts, start.getMonthValue(), HELD_OUT);
		boolean beats = test != null && test.beatsSeasonalNaive();
		MonthCount toDate = new MonthCount(current.toString(), reported.getOrDefault(current, 0));
		return new Outlook(layer, grid, category, history, toDate, expected, years(history, toDate, expected),
				test == null ? null : new Outlook.Backtest(test.periods(), round(test.mae()),
						round(test.seasonalNaiveMae()), test.ratio() == null ? null : round(test.ratio())),
				beats, opinion, OpinionCourse.trend(opinion.subList(0, opinion.size() - 1)));
	}

	/**
	 * Each year's cases reported, and its projected total where the forecast reaches December: the whole months
	 * already counted and the expected counts of the rest, the current month as a whole.
	 */
	private static List<YearTotal> years(List<MonthCount> history, MonthCount toDate, List<ExpectedMonth> ahead) {
		Map<Integer, int[]> reported = new TreeMap<>();
		history.forEach(m -> reported.computeIfAbsent(year(m.month()), y -> new int[1])[0] += m.count());
		reported.computeIfAbsent(year(toDate.month()), y -> new int[1])[0] += toDate.count();
		Map<Integer, Double> expected = new TreeMap<>();
		ahead.forEach(m -> expected.merge(year(m.month()), m.expected(), Double::sum));
		ahead.forEach(m -> reported.computeIfAbsent(year(m.month()), y -> new int[1]));
		String last = ahead.get(ahead.size() - 1).month();
		int covered = last.endsWith("-12") ? year(last) : year(last) - 1;
		List<YearTotal> years = new ArrayList<>();
		reported.forEach((year, count) -> {
			Double projected = null;
			if (expected.containsKey(year) && year <= covered) {
				int whole = history.stream().filter(m -> year(m.month()) == year).mapToInt(MonthCount::count).sum();
				projected = round(whole + expected.get(year));
			}
			years.add(new YearTotal(year, count[0], projected));
		});
		return years;
	}

	private static int year(String month) {
		return Integer.parseInt(month.substring(0, 4));
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
