package org.onegrid.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A month's indicators for one object type: the latest published revision once the month is closed, otherwise live
 * figures ({@code revision} is {@code null}) as of {@code asOf}.
 */
public record MonthFigures(String month, ObjectType objectType, Integer revision, Instant asOf,
		List<Figures> rows) {

	public MonthFigures {
		rows = List.copyOf(rows);
	}
}
