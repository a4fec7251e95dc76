package org.onegrid.calendar;

/** Where a year's holiday schedule comes from. */
enum ScheduleSource {

	/** The holiday-cn file shipped with OneGrid (or added through {@code onegrid.calendar.holiday-data}). */
	BUNDLED,

	/** Loaded by an administrator through the API; it replaces the shipped file of the same year. */
	LOADED
}
