package org.onegrid.calendar;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds administrators once a day, in the log, from {@code onegrid.calendar.warn-days} (60) days before the
 * holiday schedules run out until the next year's is loaded; {@code GET /api/v1/calendar/status} says the same to
 * the command centre. It looks every {@code onegrid.calendar.watch-interval} (an hour), by the calendar's clock;
 * at startup the calendar logs the same warning.
 */
@Component
class CoverageWatch {

	private static final Logger log = LoggerFactory.getLogger(CoverageWatch.class);

	private final WorkingCalendar calendar;

	private LocalDate warnedOn;

	CoverageWatch(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Scheduled(fixedDelayString = "${onegrid.calendar.watch-interval:1h}",
			initialDelayString = "${onegrid.calendar.watch-interval:1h}")
	void tick() {
		check();
	}

	/** Logs the warning if one is due and none was logged today; answers whether it logged. */
	synchronized boolean check() {
		CoverageStatus status = calendar.coverage();
		if (!status.isWarning() || status.today().equals(warnedOn)) {
			return false;
		}
		warnedOn = status.today();
		if (status.state() == CoverageStatus.State.FALLBACK) {
			log.warn("工作日历:{} 年节假日安排未加载,工作日按周一至周五估算 / Working calendar: no holiday schedule for {} is "
					+ "loaded, so working days are estimated as Monday to Friday; load it at /calendar.html",
					status.today().getYear(), status.today().getYear());
		}
		else {
			log.warn("工作日历:节假日安排 {} 后用完,还剩 {} 天 / Working calendar: the holiday schedules end on {} ({} days "
					+ "left); from {} working days will be estimated until next year's schedule is loaded at "
					+ "/calendar.html", status.lastCoveredDay(), status.daysLeft(), status.lastCoveredDay(),
					status.daysLeft(), status.firstFallbackDay());
		}
		return true;
	}
}
