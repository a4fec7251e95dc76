package org.onegrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onegrid.OneGridApplication;
import org.onegrid.SeparateDatabase;
import org.onegrid.access.Grant;
import org.onegrid.assessment.Assessment;
import org.onegrid.assessment.Figures;
import org.onegrid.assessment.ObjectType;
import org.onegrid.assessment.Period;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.cases.CaseQuery;
import org.onegrid.cases.CaseSearch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh demo district has a past: cases of the months before today, closed but for a few of the last days still being
 * handled and none later than now, which assessment counts in the month they were dispatched. A demo that holds cases
 * is never topped up: a restart asking for a longer past adds none.
 */
class DemoHistoryIntegrationTests {

	private static final Grant SYSTEM = Grant.system("demo-history-test");

	@Test
	void aFreshDemoHasClosedCasesOfPastMonthsThatAssessmentCountsAndARestartAddsNone() throws Exception {
		String[] database = SeparateDatabase.keptAcrossRestarts("demo_history");
		long total;
		try (ConfigurableApplicationContext demo = start(database, "--onegrid.demo.history-months=2")) {
			assertThat(demo.getBean(DemoHistoryLoader.class).finish(Duration.ofMinutes(5))).isTrue();
			CaseSearch search = demo.getBean(CaseSearch.class);
			JdbcClient jdbc = demo.getBean(JdbcClient.class);
			long open = count(search, new CaseQuery(null, null, null, null, null, null, null, null, null, null, null,
					true, null, null, null));
			assertThat(open).as("the last days' cases still being handled").isPositive()
				.isLessThan(count(search, CaseQuery.all()) / 20);
			assertThat(jdbc.sql("SELECT count(*) FROM cases WHERE is_open AND state <> 'HANDLING'").query(Long.class)
				.single()).as("open cases are with their departments").isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM case_timeline WHERE at > now()").query(Long.class).single())
				.as("no step of the past is later than now").isZero();
			YearMonth last = YearMonth.now(demo.getBean(WorkingCalendar.class).zone()).minusMonths(1);
			List<Figures> rows = departments(demo, last);
			assertThat(rows.stream().filter(row -> row.values().get("toHandle").signum() > 0))
				.as("departments with cases last month").hasSizeGreaterThanOrEqualTo(5);
			assertThat(rows.stream().map(row -> row.values().get("onTimeHandledRate")).filter(rate -> rate != null)
				.map(BigDecimal::doubleValue).distinct().count()).as("departments differ in their on-time rates")
				.isGreaterThan(2);
			List<Figures> both = new ArrayList<>(rows);
			both.addAll(departments(demo, last.minusMonths(1)));
			long handled = sum(both, "handled");
			assertThat(sum(both, "onTimeHandled")).as("about one case in ten was handled late")
				.isBetween(handled * 3 / 4, handled * 95 / 100);
			long evaluated = sum(both, "evaluated");
			assertThat(evaluated).as("callers and citizens were called back").isBetween(handled / 3, handled * 3 / 4);
			assertThat(sum(both, "satisfied")).as("most of them satisfied, not all").isBetween(evaluated / 2,
					evaluated - 1);
			total = count(search, CaseQuery.all());
		}

		try (ConfigurableApplicationContext again = start(database, "--onegrid.demo.history-months=3")) {
			assertThat(again.getBean(DemoHistoryLoader.class).finish(Duration.ofMinutes(5))).isTrue();
			assertThat(count(again.getBean(CaseSearch.class), CaseQuery.all())).isEqualTo(total);
		}
	}

	/** The departments' figures of a month, once assessment has counted every case reported in it. */
	private static List<Figures> departments(ConfigurableApplicationContext demo, YearMonth month) throws Exception {
		ZoneId zone = demo.getBean(WorkingCalendar.class).zone();
		String from = month.atDay(1).atStartOfDay(zone).toInstant().toString();
		String to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toString();
		long reported = count(demo.getBean(CaseSearch.class), new CaseQuery(null, null, null, null, null, null, null,
				null, null, from, to, null, null, null, null));
		assertThat(reported).as("cases reported in " + month).isGreaterThan(80);
		Assessment assessment = demo.getBean(Assessment.class);
		List<Figures> rows = List.of();
		for (int attempt = 0; attempt < 600 && sum(rows, "toHandle") != reported; attempt++) {
			Thread.sleep(100);
			rows = assessment.indicators(Period.month(month), ObjectType.DEPARTMENT, SYSTEM).rows();
		}
		assertThat(sum(rows, "toHandle")).as("cases dispatched to departments in " + month).isEqualTo(reported);
		return rows;
	}

	private static long count(CaseSearch search, CaseQuery query) {
		return search.search(query, SYSTEM).total();
	}

	private static ConfigurableApplicationContext start(String[] database, String... more) {
		return new SpringApplicationBuilder(OneGridApplication.class).profiles("demo")
			.web(WebApplicationType.NONE)
			.run(Stream.concat(Arrays.stream(database), Arrays.stream(more)).toArray(String[]::new));
	}

	private static long sum(List<Figures> rows, String indicator) {
		return rows.stream().map(row -> row.values().get(indicator)).mapToLong(BigDecimal::longValue).sum();
	}
}
