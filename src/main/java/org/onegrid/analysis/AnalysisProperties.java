package org.onegrid.analysis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the warning rules, which a district tunes; docs/analysis.md states each rule.
 *
 * @param window how far back the current count of a hot spot or a surge reaches
 * @param historyWindows how many earlier windows a surge's own history covers
 * @param hotSpotP the Poisson upper-tail probability under which a grid's count is a hot spot
 * @param hotSpotMinCount the fewest cases a hot spot needs
 * @param surgeP the Poisson upper-tail probability under which a count is a surge
 * @param surgeMinCount the fewest cases a surge needs
 * @param surgeFloor the smallest mean a surge's history is taken to have, so that a first few cases are no surge
 * @param recurrenceRadiusMetres how close a new report must be to a closed case to count as the same place
 * @param recurrenceDays how long after closure a new report of the same category counts as a recurrence
 * @param sweepInterval how often the sweep runs, at the most; it runs sooner after past cases were imported
 */
@ConfigurationProperties("onegrid.analysis")
record AnalysisProperties(@DefaultValue("7d") Duration window, @DefaultValue("8") int historyWindows,
		@DefaultValue("0.01") double hotSpotP, @DefaultValue("5") int hotSpotMinCount,
		@DefaultValue("0.01") double surgeP, @DefaultValue("5") int surgeMinCount,
		@DefaultValue("0.5") double surgeFloor, @DefaultValue("50") double recurrenceRadiusMetres,
		@DefaultValue("30") int recurrenceDays, @DefaultValue("15m") Duration sweepInterval) {
}
