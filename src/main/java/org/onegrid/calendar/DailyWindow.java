package org.onegrid.calendar;

import java.time.LocalTime;

/**
 * A stretch of a day that opens at a time of day and stays open for some minutes, such as a roll call's answering
 * window or a standing meeting's sitting. One that would run past midnight stays open until the day ends: what a
 * schedule calls on a day belongs to that day.
 */
public record DailyWindow(LocalTime opens, int minutes) {

	/** Whether the window is open at {@code time} of its day. */
	public boolean contains(LocalTime time) {
		LocalTime closes = opens.plusMinutes(minutes);
		boolean pastMidnight = closes.isBefore(opens) || minutes >= 24 * 60;
		return !time.isBefore(opens) && (pastMidnight || time.isBefore(closes));
	}
}
