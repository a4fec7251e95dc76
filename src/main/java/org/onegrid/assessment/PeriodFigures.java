package org.onegrid.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A period's indicators for one object type: a closed month's latest published revision, otherwise live figures
 * ({@code revision} is {@code null}) as of {@code asOf}.
 *
 * @param period the period, such as {@code 2026-11}, {@code 2026-W45}, {@code 2026-11-05} or {@code 2026}
 */
public record PeriodFigures(String period, ObjectType objectType, Integer revision, Instant asOf,
		List<Figures> rows) {

	public PeriodFigures {
		rows = List.copyOf(rows);
	}
}
