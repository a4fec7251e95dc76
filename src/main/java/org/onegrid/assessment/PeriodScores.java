package org.onegrid.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A period's scores, grades and ranks for one object type, best first, with the change against the period before:
 * a closed month's latest published revision, otherwise live ({@code revision} is {@code null}) as of {@code asOf}.
 *
 * @param period the period, such as {@code 2026-11}, {@code 2026-W45}, {@code 2026-11-05} or {@code 2026}
 */
public record PeriodScores(String period, ObjectType objectType, Integer revision, Instant asOf,
		List<Score> rows) {

	public PeriodScores {
		rows = List.copyOf(rows);
	}
}
