package org.onegrid.calendar;

/**
 * What kind of day a date is in the working calendar. Two kinds are working days, two are not; callers ask
 * {@link #isWorkingDay()} rather than listing kinds.
 */
public enum DayKind {

	/** An ordinary Monday to Friday. */
	WORKDAY(true),

	/** An ordinary Saturday or Sunday. */
	WEEKEND(false),

	/** A public holiday (or a day off around one), whatever the day of the week. */
	HOLIDAY(false),

	/** A Saturday or Sunday worked in exchange for a holiday (调休). */
	MAKE_UP_WORKDAY(true);

	private final boolean workingDay;

	DayKind(boolean workingDay) {
		this.workingDay = workingDay;
	}

	public boolean isWorkingDay() {
		return workingDay;
	}
}
