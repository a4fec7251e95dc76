package org.onegrid.cases;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the rows that case changes add to the kept counts into one row per group, so that a count reads a few rows
 * however many changes made it. One instance folds at a time; the others skip their turn. A pass goes on while it
 * finds full batches, so a burst of changes is folded before the next turn.
 */
@Component
class TallyFolding {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final int batch;

	TallyFolding(JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${onegrid.cases.tally-fold-batch:20000}") int batch) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.batch = batch;
	}

	@Scheduled(fixedDelayString = "${onegrid.cases.tally-fold-interval:5s}",
			initialDelayString = "${onegrid.cases.tally-fold-interval:5s}")
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
