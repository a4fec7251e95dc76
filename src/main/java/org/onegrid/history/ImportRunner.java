package org.onegrid.history;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.cases.HistoricalCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs in the background, a chunk of rows at a time. Each row is recorded in its own transaction under
 * its source key, so a row recorded once is never recorded again; a chunk's progress and problems commit together
 * after its rows. A job that stopped (a restart, a crash) continues, on start-up, from the first chunk whose progress
 * did not commit.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobs jobs;

	private final HistoricalCases cases;

	private final TransactionTemplate transactions;

	private final ReportingAccounts accounts;

	private final Clock clock;

	private final int chunkSize;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "history-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportRunner(ImportJobs jobs, HistoricalCases cases, TransactionTemplate transactions, ReportingAccounts accounts,
			Clock clock, @Value("${onegrid.history.chunk-size:500}") int chunkSize) {
		this.jobs = jobs;
		this.accounts = accounts;
		this.cases = cases;
		this.transactions = transactions;
		this.clock = clock;
		this.chunkSize = chunkSize;
	}

	/** Continues every job that was running when the application stopped. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeAll() {
		jobs.running().forEach(this::submit);
	}

	void submit(long id) {
		executor.submit(() -> {
			try {
				while (chunk(id)) {
					Thread.yield();
				}
			}
			catch (RuntimeException e) {
				log.error("History import {} stopped", id, e);
				jobs.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
			}
		});
	}

	/**
	 * Records the job's next chunk and commits its progress.
	 *
	 * @return whether the job has rows left
	 */
	boolean chunk(long id) {
		ImportJobs.Work work = jobs.work(id).orElse(null);
		if (work == null) {
			return false;
		}
		Mapping mapping = MappingReader.read(work.mapping());
		List<List<String>> rows = Csv.parse(work.content());
		RowReader reader = new RowReader(mapping, rows.get(0), accounts.of(mapping));
		Grant grant = Grant.system(work.createdBy());
		int from = work.nextRow();
		int to = Math.min(from + chunkSize, rows.size());
		int done = 0;
		List<RowReader.Problem> problems = new ArrayList<>();
		for (int row = from; row < to; row++) {
			RowReader.Read read = reader.read(row, rows.get(row));
			if (read.history() == null) {
				problems.addAll(read.problems());
				continue;
			}
			try {
				cases.record(read.history(), grant);
				done++;
			}
			catch (ApiProblem refused) {
				problems.addAll(problems(reader, read, refused));
			}
		}
		int rowsDone = done;
		boolean last = to >= rows.size();
		transactions.executeWithoutResult(
				status -> jobs.advance(id, from, to, rowsDone, problems, last, clock.instant()));
		return !last;
	}

	static List<RowReader.Problem> problems(RowReader reader, RowReader.Read read, ApiProblem refused) {
		List<RowReader.Problem> problems = new ArrayList<>();
		for (Object error : refused.errors()) {
			if (error instanceof Violation v) {
				problems.add(new RowReader.Problem(read.row(), read.key(), reader.columnOf(v.field()), v.detail()));
			}
		}
		if (problems.isEmpty()) {
			problems.add(new RowReader.Problem(read.row(), read.key(), "-", refused.getMessage()));
		}
		return problems;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
