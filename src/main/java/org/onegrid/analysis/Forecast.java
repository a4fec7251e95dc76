package org.onegrid.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * A forecast of the cases reported per day, in the district's zone, for a category and an area (or all of them),
 * with the history it was made from and how it did on the last four weeks held out, against seasonal-naive.
 *
 * @param days from today on: the expected count and its 80 % band
 * @param backtest absent when the history is too short to hold four weeks out
 * @param beatsSeasonalNaive whether the method did better than seasonal-naive on the held-out weeks; a reader is
 *        shown the days ahead only then, since a forecast that loses to "same weekday last week" misleads
 */
public record Forecast(String layer, String grid, String category, List<Count> history, List<Expected> days,
		Backtest backtest, boolean beatsSeasonalNaive) {

	/** Cases reported on one past day. */
	public record Count(LocalDate date, int count) {
	}

	/** One day ahead. */
	public record Expected(LocalDate date, double expected, double low, double high) {
	}

	/** Mean absolute errors on the held-out days; {@code ratio} below 1 means the forecast beat seasonal-naive. */
	public record Backtest(int heldOutDays, double mae, double seasonalNaiveMae, Double ratio) {
	}
}
