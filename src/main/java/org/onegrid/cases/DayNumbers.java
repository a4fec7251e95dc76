package org.onegrid.cases;

import java.time.LocalDate;

import org.onegrid.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A new case takes the next number of its reporting day as the transaction that stores it commits, from a deferred
 * trigger in the database ({@code cases_number_at_commit}). The day's counter row is locked from then until the
 * commit ends, so concurrent reports of one day, on any instance, get consecutive numbers, and a report that is
 * rolled back takes none; because the number is taken inside the commit, reports wait for one another only for the
 * commit itself, not for all the work of storing a case (its timeline, its events, what other modules record with
 * it), which on a freshly started server, before the JVM has compiled that work, queued every report of the day
 * behind the slowest.
 * <p>
 * Until then the case row holds a provisional number (the negated id), which no other transaction can see. The day's
 * counter row is made, if the day has none yet, when the case is stored; once it is there, storing a case only reads
 * it (and its foreign key only shares its key), which does not wait for a report that is taking a number. So that
 * the first reports of a day do not wait for one another to make that row, it is made ahead: at start and every
 * {@code onegrid.cases.number-days-interval}, for today and tomorrow.
 */
@Component
class DayNumbers {

	private static final Logger log = LoggerFactory.getLogger(DayNumbers.class);

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	DayNumbers(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	@Scheduled(fixedDelayString = "${onegrid.cases.number-days-interval:1h}",
			initialDelayString = "${onegrid.cases.number-days-delay:0s}")
	void onSchedule() {
		try {
			prepare(calendar.today());
		}
		catch (DataAccessException e) {
			log.warn("The next days' case numbers could not be prepared now; the next run tries again: {}",
					e.getMessage());
		}
	}

	/**
	 * Makes the counter rows of {@code today} and the day after, where missing, so that a day's first reports find
	 * theirs: otherwise each of them waits until the report that made it commits.
	 */
	void prepare(LocalDate today) {
		jdbc.sql("""
				INSERT INTO case_number (day, last) VALUES (:today, 0), (:tomorrow, 0)
				ON CONFLICT (day) DO NOTHING""")
			.param("today", today)
			.param("tomorrow", today.plusDays(1))
			.update();
	}

	/** The number stored with a new case until it is numbered; unique, since ids are. */
	static long provisional(long id) {
		return -id;
	}

	/**
	 * Reads the number the case took, numbering it at once when the transaction that stored it is still open (a
	 * caller's longer transaction, which must show the number before it commits).
	 */
	void read(Case c) {
		if (c.dayNumber > 0) {
			return;
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			jdbc.sql("SET CONSTRAINTS cases_number_at_commit IMMEDIATE").update();
		}
		c.dayNumber = jdbc.sql("SELECT day_number FROM cases WHERE id = ?").param(c.id).query(Long.class).single();
	}
}
