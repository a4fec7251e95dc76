package org.onegrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
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

/**
 * A fresh demo district has a past: closed cases of the months before today, which assessment counts in the month
 * they were dispatched. A demo that holds cases is never topped up: a restart asking for a longer past adds none.
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
			ZoneId zone = demo.getBean(WorkingCalendar.class).zone();
			YearMonth last = YearMonth.now(zone).minusMonths(1);
			String from = last.atDay(1).atStartOfDay(zone).toInstant().toString();
			String to = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toString();
			long reportedLastMonth = count(search, new CaseQuery(null, null, null, null, null, null, null, null,
					null, from, to, null, null, null, null));
			assertThat(reportedLastMonth).as("cases reported last month").isGreaterThan(80);
			assertThat(count(search, new CaseQuery(null, null, null, null, null, null, null, null, null, null, null,
					true, null, null, null))).as("open cases").isZero();

			Assessment assessment = demo.getBean(Assessment.class);
			long toHandle = 0;
			int departments = 0;
			for (int attempt = 0; attempt < 600 && toHandle != reportedLastMonth; attempt++) {
				Thread.sleep(100);
				var rows = assessment.indicators(Period.month(last), ObjectType.DEPARTMENT, SYSTEM).rows();
				toHandle = rows.stream().map(Figures::values).map(values -> values.get("toHandle"))
					.mapToLong(BigDecimal::longValue).sum();
				departments = (int) rows.stream().filter(row -> row.values().get("toHandle").signum() > 0).count();
			}
			assertThat(toHandle).as("cases dispatched to departments last month").isEqualTo(reportedLastMonth);
			assertThat(departments).as("departments with cases last month").isGreaterThanOrEqualTo(5);
			total = count(search, CaseQuery.all());
		}

		try (ConfigurableApplicationContext again = start(database, "--onegrid.demo.history-months=3")) {
			assertThat(again.getBean(DemoHistoryLoader.class).finish(Duration.ofMinutes(5))).isTrue();
			assertThat(count(again.getBean(CaseSearch.class), CaseQuery.all())).isEqualTo(total);
		}
	}

	private static long count(CaseSearch search, CaseQuery query) {
		return search.search(query, SYSTEM).total();
	}

	private static ConfigurableApplicationContext start(String[] database, String... more) {
		return new SpringApplicationBuilder(OneGridApplication.class).profiles("demo")
			.web(WebApplicationType.NONE)
			.run(Stream.concat(Arrays.stream(database), Arrays.stream(more)).toArray(String[]::new));
	}
}
