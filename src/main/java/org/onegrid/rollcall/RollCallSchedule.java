package org.onegrid.rollcall;

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
 * Calls each standing roll call when its time of day has come, on the days its rule names: every
 * {@code onegrid.rollcall.schedule-interval} (30 s by default) it looks for rules whose time has passed today and
 * whose window is still open, and calls each once for the day. A rule whose window passed while no instance ran is
 * not called late: a roll call asks who is there now.
 */
@Component
class RollCallSchedule {

	private static final Logger log = LoggerFactory.getLogger(RollCallSchedule.class);

	private final RollCallRules rules;

	private final RollCalls rollCalls;

	private final WorkingCalendar calendar;

	RollCallSchedule(RollCallRules rules, RollCalls rollCalls, WorkingCalendar calendar) {
		this.rules = rules;
		this.rollCalls = rollCalls;
		this.calendar = calendar;
	}

	@Scheduled(fixedDelayString = "${onegrid.rollcall.schedule-interval:30s}",
			initialDelayString = "${onegrid.rollcall.schedule-interval:30s}")
	void callDue() {
		ZonedDateTime now = calendar.now().atZone(calendar.zone());
		LocalDate today = now.toLocalDate();
		LocalTime time = now.toLocalTime();
		for (RollCallRule rule : rules.list(null)) {
			boolean inWindow = new DailyWindow(rule.at(), rule.minutes()).contains(time);
			if (inWindow && (!rule.workingDaysOnly() || calendar.isWorkingDay(today))) {
				rollCalls.callByRule(rule, today).ifPresent(id -> log.info("Roll call {} called by rule {} at unit {}",
						id, rule.code(), rule.unitCode()));
			}
		}
	}
}
