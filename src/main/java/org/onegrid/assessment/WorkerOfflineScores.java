package org.onegrid.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The offline part of the people's assessment (线下考核) as figures of a period: {@code offlineScore}, the points an
 * assessor gave the account's person for the month, and {@code offlineRate}, the same as a share of 100 that a
 * scorecard can weigh. A year's is the mean of its months that have a score; a day or a week, which is no whole month,
 * has none. Both are absent when no one entered a score, so the rate then earns nothing on a scorecard.
 */
@Component
class WorkerOfflineScores {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final OfflineScores scores;

	private final ZoneId zone;

	WorkerOfflineScores(OfflineScores scores, WorkingCalendar calendar) {
		this.scores = scores;
		this.zone = calendar.zone();
	}

	/** Each person's offline score in the period [start, end), by person id. */
	Map<Long, BigDecimal> scores(Instant start, Instant end) {
		return scores.scores(months(start, end));
	}

	/** The usernames of the accounts whose person has an offline score, so that they have a row. */
	String[] assessedAccounts(Map<String, Long> persons, Map<Long, BigDecimal> offline) {
		return persons.entrySet().stream().filter(entry -> offline.containsKey(entry.getValue()))
			.map(Map.Entry::getKey).sorted().toArray(String[]::new);
	}

	/** The figures with {@code offlineScore} and {@code offlineRate} added. */
	Figures add(Figures figures, Long personId, Map<Long, BigDecimal> offline) {
		Map<String, BigDecimal> values = new LinkedHashMap<>(figures.values());
		BigDecimal score = personId == null ? null : offline.get(personId);
		values.put("offlineScore", score);
		values.put("offlineRate", score == null ? null : score.divide(HUNDRED, 4, RoundingMode.HALF_UP));
		return new Figures(figures.object(), values);
	}

	/** The whole months in [start, end) in the district's zone. */
	private List<String> months(Instant start, Instant end) {
		List<String> months = new ArrayList<>();
		YearMonth month = YearMonth.from(start.atZone(zone));
		if (!month.atDay(1).atStartOfDay(zone).toInstant().equals(start)) {
			month = month.plusMonths(1);
		}
		while (!month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().isAfter(end)) {
			months.add(month.toString());
			month = month.plusMonths(1);
		}
		return months;
	}
}
