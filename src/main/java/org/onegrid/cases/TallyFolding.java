package org.onegrid.cases;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the case changes pending in the kept counts to them, in sets, so that a reader has few pending changes to
 * add up and writing a case costs only the note of its change. One instance folds at a time; the others skip their
 * turn. A pass goes on while it finds full batches, so a burst of changes is taken in before the next turn.
 */
@Component
class TallyFolding {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final int batch;

	TallyFolding(JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${onegrid.cases.tally-fold-batch:5000}") int batch) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.batch = batch;
	}

	@Scheduled(fixedDelayString = "${onegrid.cases.tally-fold-interval:1s}",
			initialDelayString = "${onegrid.cases.tally-fold-interval:1s}")
	void fold() {
		boolean more = true;
		while (more) {
			more = Boolean.TRUE.equals(transactions.execute(status -> {
				if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('case_tally'))").query(Boolean.class)
					.single()) {
					return false;
				}
				return jdbc.sql("SELECT case_tally_fold(?)").param(batch).query(Long.class).single() >= batch;
			}));
		}
	}
}
