package org.onegrid.calendar;

import java.time.Year;
import java.util.SortedSet;

import org.onegrid.api.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * A question about a date whose year has no loaded holiday schedule.
 * <p>
 * The State Council publishes each year's holidays and make-up working days only late in the year before, so a
 * calendar that guessed (treating every Monday to Friday as a working day) would give wrong deadlines around the
 * holidays. The calendar refuses instead; the fix is to add {@code <year>.json} to {@code onegrid.calendar.holiday-data}
 * once the schedule is out. Through the API it is a 422, since the request itself was fine but cannot be answered.
 */
public class CalendarDataMissing extends ApiProblem {

	private final Year year;

	CalendarDataMissing(Year year, SortedSet<Year> covered) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "calendar-data-missing", "The holiday schedule for " + year + " has not been published or loaded, so working days in " + year
				+ " cannot be counted; the calendar covers " + Years.describe(covered));
		this.year = year;
	}

	/** The year that is missing. */
	public Year year() {
		return year;
	}
}
