package org.onegrid.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A month's scores, grades and ranks for one object type, best first: the latest published revision once the month
 * is closed, otherwise live ({@code revision} is {@code null}) as of {@code asOf}.
 */
public record MonthScores(String month, ObjectType objectType, Integer revision, Instant asOf, List<Score> rows) {

	public MonthScores {
		rows = List.copyOf(rows);
	}
}
