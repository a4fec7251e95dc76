package org.onegrid.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives a new case the next number of its reporting day, as the last statement before the transaction that stores it
 * commits. The day's counter row stays locked from that statement until the commit, so concurrent reports of one day,
 * on any instance, get consecutive numbers, and a report that is rolled back takes none; because the number is taken
 * last, reports wait for one another only for the commit itself, not for all the work of storing a case (its
 * timeline, its events, what other modules record with it), which on a freshly started server, before the JVM has
 * compiled that work, would otherwise queue every report of the day behind the slowest.
 * <p>
 * Until then the case row holds a provisional number (the negated id), which no other transaction can see. The day's
 * counter row is made, if the day has none yet, when the case is stored; storing a case only checks that the row is
 * there, which does not wait for reports that are taking a number.
 */
@Component
class DayNumbers {

	private final JdbcClient jdbc;

	DayNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number stored with a new case until it is numbered; unique, since ids are. */
	static long provisional(long id) {
		return -id;
	}

	/** Numbers the case just before the current transaction commits, unless it was numbered by then. */
	void atCommit(Case c) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				now(c);
			}
		});
	}

	/**
	 * Numbers the case now, if it is not numbered yet: for a caller whose transaction goes on after the case is
	 * stored and that must show the number before it commits.
	 */
	void now(Case c) {
		if (c.dayNumber > 0) {
			return;
		}
		c.dayNumber = jdbc.sql("""
				WITH numbered AS (
				  INSERT INTO case_number (day, last) VALUES (:day, 1)
				  ON CONFLICT (day) DO UPDATE SET last = case_number.last + 1
				  RETURNING last)
				UPDATE cases SET day_number = numbered.last FROM numbered WHERE id = :id
				RETURNING day_number
				""")
			.param("day", c.numberDay)
			.param("id", c.id)
			.query(Long.class)
			.single();
	}
}
