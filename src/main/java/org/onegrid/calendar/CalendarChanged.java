package org.onegrid.calendar;

import java.time.LocalDate;

/**
 * The working days from {@code from} to {@code to} (both included) may have changed: an administrator loaded or
 * removed a year's holiday schedule, or set or removed a single-day exception. Deadlines already computed over
 * these dates were counted on the old calendar.
 */
public record CalendarChanged(LocalDate from, LocalDate to) {
}
