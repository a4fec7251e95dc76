package org.onegrid.cases;

import java.time.Instant;

/**
 * A supervision (督办) or urging (催办) notice from a higher level, which its addressee must answer.
 *
 * @param id 1, 2, … within the case
 * @param addressee the department or {@code grid:<code>} that must answer
 */
public record SupervisionNotice(int id, Kind kind, String from, String addressee, String note, Instant at,
		String answer, Instant answeredAt) {

	public boolean isOpen() {
		return answeredAt == null;
	}

	SupervisionNotice answered(String text, Instant when) {
		return new SupervisionNotice(id, kind, from, addressee, note, at, text, when);
	}

	/** 督办 or 催办. */
	public enum Kind {

		SUPERVISE, URGE
	}
}
