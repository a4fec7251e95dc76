package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.Grant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's number is its reporting day and its place in that day's sequence, taken only when a case is created:
 * retried reports take none, concurrent reports get consecutive numbers, and a report rolled back with a caller's
 * transaction takes none, so a day's numbers have no gaps; a report inside a longer transaction shows the number it
 * keeps. A day prepared ahead lets its first reports be stored without waiting for one another.
 */
@IntegrationTest
class CaseNumbersIntegrationTests {

	private static final Grant SYSTEM = Grant.system("case-numbers-test");

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	Intake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DayNumbers numbers;

	@BeforeEach
	void setUp() {
		new CaseFixtures(api);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void resendingARequestIdTakesNoNumber() {
		clock.setShanghai("2026-08-17T10:00");
		String requestId = UUID.randomUUID().toString();
		CaseView first = report(requestId);
		for (int i = 0; i < 10; i++) {
			assertThat(report(requestId).caseNo()).isEqualTo(first.caseNo());
		}
		List<String> resent = CaseFixtures.inParallel(8, thread -> report(requestId).caseNo());
		assertThat(resent).containsOnly(first.caseNo());

		CaseView next = report(UUID.randomUUID().toString());

		assertThat(first.caseNo()).startsWith("20260817-");
		assertThat(number(next)).isEqualTo(number(first) + 1);
		assertThat(numbersOf("2026-08-17")).isEqualTo(LongStream.rangeClosed(1, number(next)).boxed().toList());
	}

	@Test
	void concurrentRetriesOfANewReportCreateOneCaseAndTakeOneNumber() {
		clock.setShanghai("2026-08-18T10:00");
		String requestId = UUID.randomUUID().toString();
		List<CaseView> views = CaseFixtures.inParallel(8, thread -> report(requestId));

		assertThat(views).extracting(CaseView::id).containsOnly(views.get(0).id());
		long next = number(report(UUID.randomUUID().toString()));
		assertThat(next).isEqualTo(number(views.get(0)) + 1);
		assertThat(numbersOf("2026-08-18")).isEqualTo(LongStream.rangeClosed(1, next).boxed().toList());
	}

	@Test
	void concurrentReportsOfOneDayGetAGaplessSequence() {
		clock.setShanghai("2026-08-19T10:00");
		List<CaseView> views = CaseFixtures.inParallel(16, thread -> report(UUID.randomUUID().toString()));

		List<Long> numbers = views.stream().map(CaseNumbersIntegrationTests::number).sorted().toList();
		assertThat(numbers).isEqualTo(LongStream.rangeClosed(numbers.get(0), numbers.get(0) + 15).boxed().toList());
		assertThat(numbersOf("2026-08-19")).isEqualTo(LongStream.rangeClosed(1, numbers.get(15)).boxed().toList());
		assertThat(views).extracting(CaseView::caseNo).allMatch(no -> no.matches("20260819-[0-9]{6}"));
	}

	@Test
	void reportsInsideALongerTransactionShowTheNumbersTheyKeep() {
		clock.setShanghai("2026-08-20T10:00");
		List<CaseView> views = transactions.execute(status -> List.of(report(UUID.randomUUID().toString()),
				report(UUID.randomUUID().toString())));

		assertThat(views).extracting(CaseNumbersIntegrationTests::number).containsExactly(1L, 2L);
		assertThat(numbersOf("2026-08-20")).containsExactly(1L, 2L);
	}

	@Test
	void aReportRolledBackWithItsTransactionLeavesNoGap() {
		clock.setShanghai("2026-08-21T10:00");
		CaseView first = report(UUID.randomUUID().toString());
		transactions.executeWithoutResult(status -> {
			report(UUID.randomUUID().toString());
			status.setRollbackOnly();
		});

		CaseView next = report(UUID.randomUUID().toString());

		assertThat(number(next)).isEqualTo(number(first) + 1);
		assertThat(numbersOf("2026-08-21")).containsExactly(1L, 2L);
	}

	@Test
	void aDayPreparedTheEveningBeforeTakesItsFirstReportWhileAnotherIsBeingStored() throws Exception {
		clock.setShanghai("2026-08-22T23:50");
		numbers.prepare(LocalDate.of(2026, 8, 22));
		clock.setShanghai("2026-08-23T00:05");
		CountDownLatch stored = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<?> open = executor.submit(() -> transactions.executeWithoutResult(status -> {
				intake.rehearse(CaseFixtures.pothole(UUID.randomUUID().toString()), SYSTEM);
				stored.countDown();
				await(release);
				status.setRollbackOnly();
			}));
			assertThat(stored.await(30, TimeUnit.SECONDS)).as("the first report is stored, not committed").isTrue();
			Future<CaseView> next = executor.submit(() -> report(UUID.randomUUID().toString()));

			assertThat(next.get(10, TimeUnit.SECONDS).caseNo()).isEqualTo("20260823-000001");
			release.countDown();
			open.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private CaseView report(String requestId) {
		return intake.report(CaseFixtures.pothole(requestId), SYSTEM).view();
	}

	private List<Long> numbersOf(String day) {
		return jdbc.sql("SELECT day_number FROM cases WHERE number_day = CAST(? AS date) ORDER BY day_number")
			.param(day)
			.query(Long.class)
			.list();
	}

	private static long number(CaseView view) {
		return Long.parseLong(view.caseNo().substring(view.caseNo().indexOf('-') + 1));
	}
}
