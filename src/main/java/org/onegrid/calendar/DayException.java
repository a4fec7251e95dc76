package org.onegrid.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A single date an administrator made a working day or a day off, whatever the schedule says: a local holiday, a
 * day off ordered for a typhoon, a correction of a published schedule.
 *
 * @param name why, shown with the day (for example 台风停工)
 */
record DayException(LocalDate date, boolean workingDay, String name, Instant changedAt, String changedBy) {
}
