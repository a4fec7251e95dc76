package org.onegrid.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes new and changed cases, many in one round trip and one commit when many come at once (group commit).
 * <p>
 * A write is the case row (a new one unless its request id is taken; a changed one only if its version is still
 * the one that was read) with the step's timeline entries, in one statement ({@link CaseStatements}). The step's
 * domain events are stored in the same transaction (Spring Modulith's publication registry), so a step, its
 * history and its events never part. When several threads write at the same time, the first becomes the leader: it
 * takes the writes waiting (one per case), sends their statements as JDBC batches in one transaction, and wakes
 * the others, each of which learns whether its own write won. A write alone without events needs no transaction
 * around its one statement. A thread returns only once the commit holding its write is done, so an acknowledged
 * step is durable. A failure inside a batch does not take the other writes with it: the batch is rolled back and
 * its writes are tried one at a time.
 * <p>
 * A write made inside a transaction the caller opened (a merge, an arbitration, the light sweep) joins that
 * transaction instead, and the cache learns of it only if that transaction commits.
 */
@Component
class CaseWriter {

	private static final int ID_BLOCK = 64;

	private static final Comparator<CaseWrite> BY_ID = Comparator.comparing(write -> write.c.id);

	private static final Comparator<CaseWrite> BY_REQUEST_ID = Comparator.comparing(write -> write.requestId,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final CaseCache cache;

	private final GroupCommit group = new GroupCommit(this::commit);

	private final ArrayDeque<Long> ids = new ArrayDeque<>();

	CaseWriter(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			CaseCache cache) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.cache = cache;
	}

	/**
	 * A new case id from the database's sequence, taken in blocks so that most reports need no round trip for it.
	 * Ids are unique, and increase within one instance; an instance that stops leaves the rest of its block unused.
	 */
	synchronized long nextId() {
		if (ids.isEmpty()) {
			ids.addAll(jdbc.queryForList("SELECT nextval(pg_get_serial_sequence('cases', 'id')) "
					+ "FROM generate_series(1, ?)", Long.class, ID_BLOCK));
		}
		return ids.poll();
	}

	/**
	 * Stores a new case (its id taken from {@link #nextId()}) with its first timeline entries and publishes its
	 * events, unless a case with the same request id exists.
	 *
	 * @return the timeline of the stored case, or empty when the request id was taken and nothing was stored
	 */
	Optional<List<TimelineEntry>> insert(Case c, String requestId, String requestHash) {
		return submit(CaseWrite.report(c, requestId, requestHash));
	}

	/**
	 * Writes the case with its new timeline entries and publishes its events, if nobody changed it since it was
	 * read. {@code before} is the timeline as read, or {@code null} when the caller did not read it.
	 *
	 * @return the whole timeline after the write (an empty list when {@code before} was {@code null}), or empty
	 * when another writer came first and nothing was written
	 */
	Optional<List<TimelineEntry>> write(Case c, List<TimelineEntry> before) {
		if (c.newEntries.isEmpty()) {
			throw new IllegalArgumentException("A step records at least one timeline entry");
		}
		return submit(new CaseWrite(c, before));
	}

	private Optional<List<TimelineEntry>> submit(CaseWrite write) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			execute(List.of(write));
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				private final CaseCache.Entry committed = write.won && write.after != null
						? new CaseCache.Entry(committed(write.c), write.after) : null;

				@Override
				public void afterCommit() {
					remember(write.c.id, committed);
				}
			});
			return write.outcome();
		}
		group.submit(write);
		Optional<List<TimelineEntry>> outcome = write.outcome();
		remember(write.c.id, outcome.isPresent() && write.after != null ? new CaseCache.Entry(write.c, write.after)
				: null);
		return outcome;
	}

	private void commit(List<CaseWrite> batch) {
		try {
			if (batch.size() == 1 && batch.get(0).raised.isEmpty()) {
				execute(batch);
			}
			else {
				transactions.executeWithoutResult(status -> execute(batch));
			}
		}
		catch (RuntimeException | Error failure) {
			batch.forEach(write -> write.won = false);
			if (batch.size() == 1) {
				batch.get(0).failure = failure;
			}
			else {
				batch.forEach(write -> commit(List.of(write)));
			}
		}
		finally {
			batch.forEach(write -> write.done = true);
		}
	}

	/**
	 * Runs the writes in lock order (new cases by request id, then changed ones by case id, the same in every batch,
	 * so that concurrent batches wait for each other but never deadlock), consecutive ones with the same statement
	 * text as one JDBC batch in one round trip, and publishes the events of those that won.
	 */
	private void execute(List<CaseWrite> batch) {
		List<CaseWrite> ordered = new ArrayList<>(batch.stream().filter(CaseWrite::isNew).sorted(BY_REQUEST_ID).toList());
		ordered.addAll(batch.stream().filter(write -> !write.isNew()).sorted(BY_ID).toList());
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			int from = 0;
			while (from < ordered.size()) {
				String sql = CaseStatements.sql(ordered.get(from));
				int to = from + 1;
				while (to < ordered.size() && CaseStatements.sql(ordered.get(to)).equals(sql)) {
					to++;
				}
				store(connection, sql, ordered.subList(from, to));
				from = to;
			}
			return null;
		});
		for (CaseWrite write : ordered) {
			if (write.won) {
				write.raised.forEach(events::publishEvent);
			}
		}
	}

	private static void store(Connection connection, String sql, List<CaseWrite> writes) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (writes.size() == 1) {
				CaseStatements.bind(statement, writes.get(0));
				writes.get(0).won = statement.executeUpdate() > 0;
				return;
			}
			for (CaseWrite write : writes) {
				CaseStatements.bind(statement, write);
				statement.addBatch();
			}
			int[] appended = statement.executeBatch();
			for (int i = 0; i < writes.size(); i++) {
				if (appended[i] < 0) {
					throw new IllegalStateException("The driver did not count what case " + writes.get(i).c.id
							+ " appended; the batch is tried again one write at a time");
				}
				writes.get(i).won = appended[i] > 0;
			}
		}
	}

	/**
	 * The case as a write inside a transaction stored it, apart from the case itself, which the transaction may
	 * change again before it commits.
	 */
	private static Case committed(Case c) {
		Case committed = CaseCopies.copy(c);
		committed.version++;
		return committed;
	}

	/**
	 * Keeps the case as committed for the next step on it, or forgets it ({@code committed} null). Outside a
	 * transaction the case kept is the caller's own, which from then on only reads it.
	 */
	private void remember(long id, CaseCache.Entry committed) {
		if (committed == null) {
			cache.evict(id);
		}
		else {
			cache.put(id, committed);
		}
	}
}
