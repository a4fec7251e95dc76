package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onegrid.spotcheck.SpotCheckTally;
import org.onegrid.spotcheck.SpotChecks;
import org.springframework.stereotype.Component;

/**
 * How often the position checks and random spot checks (定位定时、随机督查) of a period found a worker at their post,
 * asked of the spot check module's public API: the checks that picked the worker, and the share that found them in
 * one of their grids. An account with no person behind it was never checked.
 */
@Component
class WorkerSpotChecks {

	private final SpotChecks checks;

	WorkerSpotChecks(SpotChecks checks) {
		this.checks = checks;
	}

	/** Each person's spot checks due in the period up to {@code asOf}, by person id. */
	Map<Long, SpotCheckTally> tallies(Instant start, Instant end, Instant asOf) {
		return checks.tally(start, asOf.isBefore(end) ? asOf : end);
	}

	/** The usernames of the accounts whose person some check picked, so that they have a row. */
	String[] checkedAccounts(Map<String, Long> persons, Map<Long, SpotCheckTally> tallies) {
		return persons.entrySet().stream().filter(entry -> tallies.containsKey(entry.getValue()))
			.map(Map.Entry::getKey).sorted().toArray(String[]::new);
	}

	/** The figures with {@code spotChecks} and {@code spotCheckPassRate} added. */
	Figures add(Figures figures, Long personId, Map<Long, SpotCheckTally> tallies) {
		Map<String, BigDecimal> values = new LinkedHashMap<>(figures.values());
		if (personId == null) {
			values.put("spotChecks", null);
			values.put("spotCheckPassRate", null);
			return new Figures(figures.object(), values);
		}
		SpotCheckTally tally = tallies.getOrDefault(personId, new SpotCheckTally(personId, 0, 0));
		values.put("spotChecks", BigDecimal.valueOf(tally.checks()));
		values.put("spotCheckPassRate", Figures.rate(tally.inGrid(), tally.checks()));
		return new Figures(figures.object(), values);
	}
}
