package org.onegrid.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.onegrid.calendar.DailyWindow;
import org.onegrid.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Calls each standing meeting on its day: every {@code onegrid.meeting.schedule-interval} (30 s by default) it looks
 * for rules whose day is today and whose sitting has begun and not yet ended, and calls each once for the day (a
 * grid level's rule once in each grid of the level), with the agenda as it stands then. A sitting that passed while
 * no instance ran is not called late.
 */
@Component
class MeetingSchedule {

	private static final Logger log = LoggerFactory.getLogger(MeetingSchedule.class);

	private final MeetingRules rules;

	private final UnitMeetings meetings;

	private final GridMeetings gridMeetings;

	private final WorkingCalendar calendar;

	MeetingSchedule(MeetingRules rules, UnitMeetings meetings, GridMeetings gridMeetings, WorkingCalendar calendar) {
		this.rules = rules;
		this.meetings = meetings;
		this.gridMeetings = gridMeetings;
		this.calendar = calendar;
	}

	@Scheduled(fixedDelayString = "${onegrid.meeting.schedule-interval:30s}",
			initialDelayString = "${onegrid.meeting.schedule-interval:30s}")
	void callDue() {
		ZonedDateTime now = calendar.now().atZone(calendar.zone());
		LocalDate today = now.toLocalDate();
		LocalTime time = now.toLocalTime();
		for (MeetingRule rule : rules.list(null)) {
			boolean sitting = new DailyWindow(rule.at(), rule.lengthMinutes()).contains(time);
			if (!sitting || !Cadence.valueOf(rule.cadence()).sitsOn(today, rule.workingDay(), calendar::isWorkingDay)) {
				continue;
			}
			if (rule.grid() != null) {
				int called = gridMeetings.callDue(rule, today);
				if (called > 0) {
					log.info("{} grid meetings called by rule {} in layer {}", called, rule.code(), rule.grid().layer());
				}
			}
			else {
				meetings.callByRule(rule, today).ifPresent(id -> log.info("Meeting {} called by rule {} at unit {}",
						id, rule.code(), rule.unitCode()));
			}
		}
	}
}
