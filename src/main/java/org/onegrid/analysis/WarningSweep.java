package org.onegrid.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the warnings in the facts as they stand at the clock's now: hot spots and surges over the current window,
 * and recurrences among the reports since the recurrence span began. Running it again the same day finds the same
 * warnings and updates them in place. The first run comes soon after the application starts, so that the analysis
 * page of a district that has just started (or restarted) is not empty until the first interval has passed; after
 * that it runs every interval, and soon after past cases were imported.
 */
@Component
class WarningSweep {

	private static final Logger log = LoggerFactory.getLogger(WarningSweep.class);

	private final ReportFacts facts;

	private final Warnings warnings;

	private final AnalysisProperties settings;

	private final Clock clock;

	private volatile Instant lastRun;

	private volatile boolean pastArrived;

	WarningSweep(ReportFacts facts, Warnings warnings, AnalysisProperties settings, Clock clock) {
		this.facts = facts;
		this.warnings = warnings;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onegrid.analysis.sweep-check:1m}",
			initialDelayString = "${onegrid.analysis.sweep-delay:1m}")
	void onSchedule() {
		if (!due()) {
			return;
		}
		try {
			int found = sweep();
			log.info("Warning sweep: {} warning(s) stand now", found);
		}
		catch (DataAccessException e) {
			log.warn("The warning sweep could not run now; the next run tries again: {}", e.getMessage());
		}
	}

	/**
	 * Whether a sweep is due: none has run here yet, the interval has passed since the last, or cases from another
	 * system's past records have come in since it ran (an import's warnings are wanted when it ends, not a quarter
	 * of an hour later).
	 */
	boolean due() {
		Instant last = lastRun;
		return last == null || pastArrived || !clock.instant().isBefore(last.plus(settings.sweepInterval()));
	}

	/**
	 * Cases from another system's past records have come in: the next check sweeps. Within a transaction, only once
	 * it has committed, so that a sweep in between, which cannot see them yet, does not take the news with it.
	 */
	void pastRecorded() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			pastArrived = true;
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				pastArrived = true;
			}
		});
	}

	/** Finds and stores the warnings of now; returns how many were found. */
	int sweep() {
		Instant now = clock.instant();
		lastRun = now;
		pastArrived = false;
		Duration window = settings.window();
		Instant start = now.minus(window);
		Instant historyStart = start.minus(window.multipliedBy(settings.historyWindows()));
		List<ReportFacts.Report> all = facts.reportedBetween(historyStart, now);
		List<ReportFacts.Report> current = all.stream().filter(r -> !r.reportedAt().isBefore(start)).toList();
		String subject = now.atOffset(ZoneOffset.UTC).toLocalDate().toString();
		List<Warning> found = new ArrayList<>();
		Map<String, Set<String>> activeGrids = all.stream()
			.collect(Collectors.groupingBy(ReportFacts.Report::layer, Collectors.mapping(ReportFacts.Report::grid,
					Collectors.toSet())));
		Map<String, List<ReportFacts.Report>> byCell = current.stream()
			.collect(Collectors.groupingBy(WindowCounts::key));
		WindowCounts earlier = WindowCounts.of(all, start, window, settings.historyWindows());
		Map<String, Long> districtCounts = current.stream()
			.collect(Collectors.groupingBy(r -> r.layer() + '\n' + r.minorCode(), Collectors.counting()));
		for (List<ReportFacts.Report> cell : byCell.values()) {
			ReportFacts.Report first = cell.get(0);
			int k = cell.size();
			int district = districtCounts.get(first.layer() + '\n' + first.minorCode()).intValue();
			int grids = activeGrids.get(first.layer()).size();
			if (Rules.hotSpot(k, district, grids, settings.hotSpotP(), settings.hotSpotMinCount())) {
				double expected = Rules.expectedPerGrid(district, grids);
				found.add(warning(Warning.Rule.HOT_SPOT, first, subject, k, expected, now, Warnings.ids(cell)));
			}
			List<Integer> history = earlier.of(first);
			if (Rules.surge(k, history, settings.surgeP(), settings.surgeMinCount(), settings.surgeFloor())) {
				double expected = Rules.historyMean(history, settings.surgeFloor());
				found.add(warning(Warning.Rule.SURGE, first, subject, k, expected, now, Warnings.ids(cell)));
			}
		}
		found.addAll(recurrences(now));
		found.forEach(warnings::save);
		return found.size();
	}

	/** A report of a category within the radius of a case of that category closed at most the span before it. */
	private List<Warning> recurrences(Instant now) {
		Duration span = Duration.ofDays(settings.recurrenceDays());
		Recurrence.Index closed = new Recurrence.Index(facts.closedBetween(now.minus(span.multipliedBy(2)), now),
				settings.recurrenceRadiusMetres());
		List<Warning> found = new ArrayList<>();
		for (ReportFacts.Report later : facts.reportedBetween(now.minus(span), now)) {
			for (ReportFacts.Report earlier : closed.near(later)) {
				if (Recurrence.recurs(earlier, later, span, settings.recurrenceRadiusMetres())) {
					found.add(warning(Warning.Rule.RECURRENCE, later, earlier.caseId() + "-" + later.caseId(), 2, 1,
							now, List.of(earlier.caseId(), later.caseId())));
				}
			}
		}
		return found;
	}

	private Warning warning(Warning.Rule rule, ReportFacts.Report cell, String subject, int observed, double expected,
			Instant now, List<Long> cases) {
		double p = rule == Warning.Rule.RECURRENCE ? 0 : Rules.poissonUpperTail(observed, expected);
		return new Warning(0, rule, cell.layer(), cell.grid(), cell.minorCode(), subject, observed, expected, p, now,
				null, null, cases);
	}
}
