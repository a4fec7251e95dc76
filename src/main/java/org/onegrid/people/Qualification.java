package org.onegrid.people;

import java.time.LocalDate;

/**
 * A qualification a person holds, such as {@code enforcement} (执法资格), valid through {@code validUntil} (that day
 * included), or without end when it is {@code null}.
 */
public record Qualification(String code, LocalDate validUntil) {

	/** Whether the qualification is held on the day. */
	public boolean validOn(LocalDate day) {
		return validUntil == null || !day.isAfter(validUntil);
	}
}
