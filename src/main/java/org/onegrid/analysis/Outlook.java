package org.onegrid.analysis;

import java.util.List;

/**
 * The medium- and long-term outlook (中长期研判) of an area, or of the whole district, for a category or all of them:
 * cases reported month by month and where they are heading over the coming months and years, and the course of the
 * citizens' satisfaction at the callback (民意走向), with a stated test of whether it is turning. Months are those of
 * the district's zone, written {@code yyyy-MM}; docs/analysis.md states every method.
 *
 * @param history whole months before the current one, oldest first, from the first month with any report in the
 *        district (at most three years back)
 * @param monthToDate the current month so far
 * @param months from the current month on: the expected count of the whole month and its 80 % band
 * @param years each calendar year of the history and the forecast: cases reported, and where the forecast covers
 *        the rest of the year, the year's projected total
 * @param backtest absent when the history is too short to hold six months out
 * @param beatsSeasonalNaive whether the method did better than "the same month last year" on the held-out months;
 *        a reader is shown the months ahead only then
 * @param opinion the callback answers month by month over the same months as {@code history}, and the current one
 */
public record Outlook(String layer, String grid, String category, List<MonthCount> history, MonthCount monthToDate,
		List<ExpectedMonth> months, List<YearTotal> years, Backtest backtest, boolean beatsSeasonalNaive,
		List<OpinionMonth> opinion, OpinionTrend opinionTrend) {

	/** Cases reported in one month. */
	public record MonthCount(String month, int count) {
	}

	/** One month ahead: the expected count of the whole month and its 80 % band. */
	public record ExpectedMonth(String month, double expected, double low, double high) {
	}

	/** One calendar year: cases reported so far, and its projected total where the forecast covers the rest. */
	public record YearTotal(int year, int reported, Double projected) {
	}

	/** Mean absolute errors on the held-out months; {@code ratio} below 1 means the forecast did better. */
	public record Backtest(int heldOutMonths, double mae, double seasonalNaiveMae, Double ratio) {
	}

	/**
	 * The callback answers given in one month.
	 *
	 * @param satisfied answered 满意 or 基本满意, as the satisfaction rate counts them
	 * @param rate {@code satisfied ÷ evaluated}, absent in a month without answers
	 */
	public record OpinionMonth(String month, int evaluated, int satisfied, int dissatisfied, Double rate) {
	}

	/**
	 * Whether satisfaction is turning: the rate of the last three whole months against that of the nine before them,
	 * by a two-proportion z-test at the 5 % level.
	 *
	 * @param direction {@code RISING} or {@code FALLING} when the difference is significant, {@code STEADY} when it
	 *        is not, {@code UNKNOWN} when either span has fewer than ten answers
	 */
	public record OpinionTrend(String recentFrom, String recentTo, Double recentRate, int recentAnswers,
			Double earlierRate, int earlierAnswers, Double z, String direction) {
	}
}
