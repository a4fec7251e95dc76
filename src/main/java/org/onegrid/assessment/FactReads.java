package org.onegrid.assessment;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a period's grouped reads over the assessment's facts in one transaction with the database server's JIT
 * compiler off. A month's read of a large district takes a few hundred milliseconds, and the server would spend a
 * quarter of that compiling the statement afresh on every call, more than the compiled statement saves; turning it
 * off for these reads only leaves every other statement as the server's settings have it. Within a transaction
 * already under way (closing a month), the setting holds until that transaction ends.
 */
@Component
class FactReads {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	FactReads(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	<T> T run(Supplier<T> read) {
		return transactions.execute(status -> {
			jdbc.sql("SET LOCAL jit = off").update();
			return read.get();
		});
	}
}
