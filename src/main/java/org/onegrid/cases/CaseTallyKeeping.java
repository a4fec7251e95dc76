package org.onegrid.cases;

import java.time.ZoneId;

import org.onegrid.calendar.WorkingCalendar;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks after the case counts that the database keeps in step with every change to a case: it counts every case
 * afresh on demand (after cases were loaded with the counting left out, or to check the kept counts), and when the
 * calendar's zone is not the one the counts were made in, since a closing day depends on the zone. While it counts,
 * cases cannot be written: their changes wait for it, on every instance.
 */
@Service
public class CaseTallyKeeping implements InitializingBean {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ZoneId zone;

	CaseTallyKeeping(JdbcClient jdbc, TransactionTemplate transactions, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.zone = calendar.zone();
	}

	/** Counts every case afresh in the calendar's zone; gives the number of rows the counts take. */
	public long rebuild() {
		return transactions.execute(status -> {
			lock();
			return recount();
		});
	}

	@Override
	public void afterPropertiesSet() {
		if (!zone.getId().equals(storedZone())) {
			transactions.executeWithoutResult(status -> {
				lock();
				if (!zone.getId().equals(storedZone())) {
					recount();
				}
			});
		}
	}

	/** Counts every case afresh in the calendar's zone, inside the caller's locked transaction. */
	private long recount() {
		jdbc.sql("UPDATE case_tally_state SET zone = ?").param(zone.getId()).update();
		return jdbc.sql("SELECT case_tally_rebuild()").query(Long.class).single();
	}

	/** Keeps case writers and other counting passes out until the transaction ends. */
	private void lock() {
		jdbc.sql("LOCK TABLE cases IN SHARE MODE").update();
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('case_tally'))").query((rs, row) -> 1).list();
	}

	private String storedZone() {
		return jdbc.sql("SELECT zone FROM case_tally_state").query(String.class).single();
	}
}
