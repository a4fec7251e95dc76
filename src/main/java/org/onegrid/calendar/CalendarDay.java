package org.onegrid.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date of the working calendar with its kind and, for holidays, make-up working days and exceptions, the name
 * of the holiday or of the reason (for example 国庆节).
 *
 * @param date the date
 * @param kind what kind of day it is
 * @param holiday the holiday's name, or {@code null} for an ordinary workday or weekend
 * @param basis what decided the kind; {@link DayBasis#FALLBACK} marks an estimate
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday, DayBasis basis) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(basis, "basis");
	}

	public boolean isWorkingDay() {
		return kind.isWorkingDay();
	}

	/** Whether the kind is an estimate from the Monday–Friday week, for a year without a holiday schedule. */
	public boolean isFallback() {
		return basis == DayBasis.FALLBACK;
	}
}
