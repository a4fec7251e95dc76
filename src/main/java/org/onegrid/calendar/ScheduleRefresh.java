package org.onegrid.calendar;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the calendar of this instance in step with the stored schedules and exceptions. The instance that makes a
 * change refreshes at once; the others notice the revision moved within {@code onegrid.calendar.refresh} (2 s by
 * default), so every instance counts the same working days a moment after a change commits.
 */
@Component
class ScheduleRefresh implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ScheduleRefresh.class);

	private record Stored(long revision, Map<Year, YearSchedule> loaded, List<DayException> exceptions) {
	}

	private final Schedules schedules;

	private final WorkingCalendar calendar;

	private final TransactionTemplate snapshot;

	private long seen = -1;

	ScheduleRefresh(Schedules schedules, WorkingCalendar calendar, PlatformTransactionManager transactions) {
		this.schedules = schedules;
		this.calendar = calendar;
		this.snapshot = new TransactionTemplate(transactions);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	@Override
	public void afterSingletonsInstantiated() {
		refresh();
	}

	/** Reads the stored layers again if they changed since the last refresh. */
	@Scheduled(fixedDelayString = "${onegrid.calendar.refresh:2s}",
			initialDelayString = "${onegrid.calendar.refresh:2s}")
	synchronized void refresh() {
		if (schedules.revision() == seen) {
			return;
		}
		Stored stored = snapshot.execute(status -> new Stored(schedules.revision(), schedules.loaded(),
				schedules.exceptions()));
		calendar.use(calendar.schedule().withStored(stored.loaded(), stored.exceptions()));
		if (seen >= 0 || !stored.loaded().isEmpty() || !stored.exceptions().isEmpty()) {
			log.info("Working calendar: revision {}, loaded schedules for {}, {} single-day exceptions; covers {}",
					stored.revision(), Years.describe(new TreeSet<>(stored.loaded().keySet())),
					stored.exceptions().size(), Years.describe(calendar.coveredYears()));
		}
		seen = stored.revision();
	}
}
