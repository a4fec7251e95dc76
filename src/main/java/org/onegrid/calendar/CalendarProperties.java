package org.onegrid.calendar;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working-calendar settings.
 *
 * @param zone the time zone whose dates and working hours apply ({@code Asia/Shanghai})
 * @param workingHours the working periods of a working day as {@code HH:mm-HH:mm}, in order and not overlapping;
 * time outside them (nights, lunch) is not working time
 * @param holidayData where the shipped holiday schedules are, as Spring resource patterns matching
 * {@code <year>.json} files in the holiday-cn format; a year found in a later pattern replaces the same year from an
 * earlier one. Administrators can also load a year through the API, which replaces the shipped file of that year.
 * @param warnDays how many days before the last day with a holiday schedule administrators are warned (60)
 */
@ConfigurationProperties("onegrid.calendar")
record CalendarProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue({ "08:30-12:00", "13:00-17:30" }) List<String> workingHours,
		@DefaultValue(CalendarProperties.BUNDLED_DATA) List<String> holidayData, @DefaultValue("60") int warnDays) {

	static final String BUNDLED_DATA = "classpath*:calendar/holiday-cn/*.json";

	/** The defaults, for building a calendar without Spring. */
	static CalendarProperties defaults() {
		return new CalendarProperties(ZoneId.of("Asia/Shanghai"), List.of("08:30-12:00", "13:00-17:30"),
				List.of(BUNDLED_DATA), 60);
	}
}
