package org.onegrid.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import jakarta.annotation.PreDestroy;
import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.cases.CaseQuery;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.HistoricalCase;
import org.onegrid.cases.HistoricalCases;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MajorClass;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.grid.GridLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a fresh demo district its past: {@code onegrid.demo.history-months} months of invented cases, closed but for
 * the last days' few still being handled ({@link DemoHistory}), recorded as historical cases through the same API a
 * district's own import uses, so that assessment, analysis and the big screen count them in the months they happened.
 * They are written in the background, so OneGrid is ready at once and the pages fill as the past arrives. A district
 * that already holds any case is left as it is, so the past is written once and never mixed into a demo in use.
 */
@Component
@Profile("demo")
@Order(30)
class DemoHistoryLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistoryLoader.class);

	private static final int PLACES = 40;

	private static final long SEED = 20261207L;

	private final HistoricalCases history;

	private final CaseSearch search;

	private final Catalogue catalogue;

	private final GridLocator locator;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final int months;

	private volatile boolean stopping;

	private volatile Thread worker;

	DemoHistoryLoader(HistoricalCases history, CaseSearch search, Catalogue catalogue, GridLocator locator,
			WorkingCalendar calendar, Clock clock, @Value("${onegrid.demo.history-months:13}") int months) {
		this.history = history;
		this.search = search;
		this.catalogue = catalogue;
		this.locator = locator;
		this.calendar = calendar;
		this.clock = clock;
		this.months = months;
	}

	@Override
	public void run(ApplicationArguments args) {
		Grant grant = Grant.system("demo-history");
		if (months <= 0 || !search.pageWithoutTotal(CaseQuery.all(), grant).items().isEmpty()) {
			return;
		}
		worker = new Thread(() -> load(grant), "demo-history");
		worker.start();
	}

	/** Lets the recording stop between two cases when OneGrid shuts down, before the database goes. */
	@PreDestroy
	void stop() throws InterruptedException {
		stopping = true;
		finish(Duration.ofSeconds(30));
	}

	/** Waits up to {@code limit} for the past to be written; true when it is (or nothing was to be written). */
	boolean finish(Duration limit) throws InterruptedException {
		Thread running = worker;
		if (running != null) {
			running.join(limit.toMillis());
			return !running.isAlive();
		}
		return true;
	}

	private void load(Grant grant) {
		long started = System.nanoTime();
		locator.refresh();
		Random random = new Random(SEED);
		List<double[]> places = DemoPlaces.pick(locator, random, PLACES);
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		DemoHistory past = new DemoHistory(categories(random), places, calendar.zone(), SEED);
		int recorded = 0;
		int refused = 0;
		List<HistoricalCase> cases = places.isEmpty() ? List.of()
				: past.between(today.withDayOfMonth(1).minusMonths(months), clock.instant());
		log.info("Demo history: recording {} cases of the last {} months in the background", cases.size(),
				months);
		for (HistoricalCase one : cases) {
			if (stopping) {
				log.info("Demo history: stopped after {} cases; the demo's past stays partial", recorded);
				return;
			}
			try {
				history.record(one, grant);
				recorded++;
			}
			catch (ApiProblem problem) {
				refused++;
				log.debug("Demo history case {} refused: {}", one.sourceKey(), problem.getMessage());
			}
		}
		log.info("Demo history: {} cases recorded ({} refused, logged at debug level) in {} ms", recorded, refused,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The classes that have a department to send them to, in an order of the seed's making. */
	private List<MinorClass> categories(Random random) {
		List<MinorClass> categories = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			for (MajorClass major : catalogue.tree(kind)) {
				major.minorClasses().stream().filter(minor -> minor.defaultDepartment() != null)
					.forEach(categories::add);
			}
		}
		Collections.shuffle(categories, random);
		return categories;
	}
}
