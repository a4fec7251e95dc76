package org.onegrid.meeting;

import java.time.LocalTime;
import java.util.List;

/**
 * A unit's standing meeting: on the {@code workingDay}-th working day of each week or month ({@code cadence}), at
 * {@code at} in the district's time, for {@code lengthMinutes}, the meeting is called with an agenda of the open cases in
 * the unit's area that meet one of the {@code agenda} reasons. Only people in one of {@code callerRoles} may call it
 * at other times (临时召集).
 *
 * @param kind {@code CONSULTATION}, {@code ROUTINE} or {@code JOINT}
 * @param cadence {@code WEEKLY} or {@code MONTHLY}
 * @param workingDay 1 for the first working day of the week or month (月初), 1 by default
 * @param lengthMinutes 60 by default
 * @param agenda the {@link AgendaReason}s the meeting takes up; all of them by default
 */
public record MeetingRule(String code, String unitCode, String kind, String name, String cadence, Integer workingDay,
		LocalTime at, Integer lengthMinutes, List<String> callerRoles, List<String> agenda) {
}
