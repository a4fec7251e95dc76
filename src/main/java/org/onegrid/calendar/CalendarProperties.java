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
 * @param holidayData where the holiday schedules are, as Spring resource patterns matching {@code <year>.json} files
 * in the holiday-cn format; a year found in a later pattern replaces the same year from an earlier one, so a district
 * can add next year's schedule before a new release
 */
@ConfigurationProperties("onegrid.calendar")
record CalendarProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue({ "08:30-12:00", "13:00-17:30" }) List<String> workingHours,
		@DefaultValue(CalendarProperties.BUNDLED_DATA) List<String> holidayData) {

	static final String BUNDLED_DATA = "classpath*:calendar/holiday-cn/*.json";

	/** The defaults, for building a calendar without Spring. */
	static CalendarProperties defaults() {
		return new CalendarProperties(ZoneId.of("Asia/Shanghai"), List.of("08:30-12:00", "13:00-17:30"),
				List.of(BUNDLED_DATA));
	}
}
