package org.onegrid.calendar;

/**
 * What decided a date's kind. Only {@link #FALLBACK} is an estimate: the date's year has no holiday schedule, so the
 * plain Monday–Friday week was used and a holiday or make-up working day of that year may be missed.
 */
public enum DayBasis {

	/** The State Council's schedule for the year named the date (as shipped with OneGrid or loaded later). */
	SCHEDULE,

	/** An administrator set this single date as a working day or a day off. */
	EXCEPTION,

	/** The schedule of the date's year is known and does not name it, so the Monday–Friday week applies. */
	WEEK,

	/** The date's year has no schedule: the Monday–Friday week applies as an estimate until one is loaded. */
	FALLBACK
}
