package org.onegrid.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
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
 * it (and its foreign key only shares its key), which does not wait for a report that is taking a number.
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
