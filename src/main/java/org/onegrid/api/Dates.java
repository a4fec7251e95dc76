package org.onegrid.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The dates a request may name: from 2000 to 2100. Nothing the district records lies outside, and a date far
 * outside (year 999999999) would only overflow arithmetic or the database.
 */
public final class Dates {

	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private Dates() {
	}

	public static boolean inRange(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	public static boolean inRange(Instant instant) {
		return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
				&& instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** Adds an {@code OUT_OF_RANGE} violation for {@code field} unless the date is {@code null} or in range. */
	public static void check(LocalDate date, String field, List<Violation> violations) {
		if (date != null && !inRange(date)) {
			violations.add(outOfRange(field));
		}
	}

	/** Adds an {@code OUT_OF_RANGE} violation for {@code field} unless the instant is {@code null} or in range. */
	public static void check(Instant instant, String field, List<Violation> violations) {
		if (instant != null && !inRange(instant)) {
			violations.add(outOfRange(field));
		}
	}

	public static Violation outOfRange(String field) {
		return new Violation(field, "OUT_OF_RANGE", field + " must lie between " + EARLIEST + " and " + LATEST);
	}
}
