package org.onegrid.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date of the working calendar with its kind and, for holidays and make-up working days, the name of the
 * holiday it belongs to (for example 国庆节).
 *
 * @param date the date
 * @param kind what kind of day it is
 * @param holiday the holiday's name, or {@code null} for an ordinary workday or weekend
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
	}

	public boolean isWorkingDay() {
		return kind.isWorkingDay();
	}
}
