package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.reportOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.Grant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case counts the database keeps in step with every change give what reading the cases gives. After random
 * histories in March 2033, a month no other test uses (returns, partners, postponements, reworks, voids, cases
 * left open and lights turned red as the clock moves on, with reports in other categories, on other channels and
 * outside the street), a reader scoped to one street is answered from the kept counts, and the same reader with a
 * second grid that holds nothing is answered by reading the cases: every figure, and every search total the kept
 * counts can answer, is the same. The kept rows also
 * equal the rows of a count made afresh from every case.
 */
@IntegrationTest
class CaseTallyKeepingIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseTallies tallies;

	@Autowired
	CaseTallyKeeping keeping;

	@Autowired
	LightSweep sweep;

	@Autowired
	TallyFolding folding;

	@Autowired
	CaseSearch search;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void keptCountsEqualCountsReadFromTheCasesAndACountAfresh() {
		CaseFixtures cases = new CaseFixtures(api).withLayerWithoutStreet();
		Random random = new Random(20330301L);
		for (int i = 0; i < 16; i++) {
			clock.setShanghai("2033-03-%02dT09:00".formatted(1 + i % 8));
			new RandomHistory(cases, clock, random).walk();
			cases.report(reportOf(random.nextBoolean() ? "CITIZEN" : "PATROL", "EVENT", "0103", CaseFixtures.LON,
					CaseFixtures.LAT, ""));
			if (i % 4 == 0) {
				cases.report(reportOf("PATROL", "COMPONENT", "0202", CaseFixtures.NO_STREET_LON,
						CaseFixtures.NO_STREET_LAT, ""));
			}
			sweep.sweep();
		}
		clock.setShanghai("2033-03-31T09:00");
		sweep.sweep();

		assertThat(jdbc.sql("SELECT count(*) FROM case_tally_leaf WHERE scope_key IN ('ops:D9', 'case-nostreet:N9')")
			.query(Long.class).single()).as("the districts are counted ahead, not read").isZero();
		for (String street : List.of("ops:D9", "case-nostreet:N9", "ops:S91", "ops:C911")) {
			Grant kept = scoped(Set.of(street));
			Grant read = scoped(Set.of(street, "ops:NOWHERE"));
			assertThat(tallies.open(kept)).as(street).isEqualTo(tallies.open(read));
			assertThat(tallies.open(kept).open()).as(street + " has open cases").isPositive();
			for (String level : List.of("街道", "社区", "区")) {
				assertThat(tallies.openByLevel(level, kept)).as(street + " " + level)
					.isEqualTo(tallies.openByLevel(level, read));
			}
			for (LocalDate day = LocalDate.of(2033, 3, 1); day.getMonthValue() == 3; day = day.plusDays(3)) {
				same(street, kept, read, day, day.plusDays(1));
			}
			same(street, kept, read, LocalDate.of(2033, 3, 1), LocalDate.of(2033, 4, 1));
			assertThat(tallies.closedOnTime(instant(LocalDate.of(2033, 3, 1)), instant(LocalDate.of(2033, 4, 1)),
					kept).closed()).as(street + " has closed cases").isPositive();
			for (CaseQuery q : searches()) {
				assertThat(search.search(q, kept).total()).as(street + " " + q).isEqualTo(search.search(q, read).total());
			}
		}

		folding.fold();
		assertThat(jdbc.sql("SELECT count(*) FROM case_tally_pending").query(Long.class).single())
			.as("folding takes in every pending change").isZero();
		for (String street : List.of("ops:D9", "case-nostreet:N9")) {
			assertThat(tallies.open(scoped(Set.of(street)))).as(street + " after folding")
				.isEqualTo(tallies.open(scoped(Set.of(street, "ops:NOWHERE"))));
		}
		List<Map<String, Object>> maintained = keptRows(jdbc);
		assertThat(keeping.rebuild()).isPositive();
		assertThat(keptRows(jdbc)).as("the counts kept step by step equal a count made afresh").isEqualTo(maintained);
	}

	private void same(String street, Grant kept, Grant read, LocalDate from, LocalDate to) {
		Instant start = instant(from);
		Instant end = instant(to);
		String period = street + " " + from + ".." + to;
		assertThat(tallies.reportedByChannel(start, end, kept)).as(period)
			.isEqualTo(tallies.reportedByChannel(start, end, read));
		assertThat(tallies.topCategories(start, end, 5, kept)).as(period)
			.isEqualTo(tallies.topCategories(start, end, 5, read));
		assertThat(tallies.closedOnTime(start, end, kept)).as(period).isEqualTo(tallies.closedOnTime(start, end, read));
	}

	/** Searches whose totals the kept counts answer: every case, a class, a period, the open cases. */
	private static List<CaseQuery> searches() {
		String march = instant(LocalDate.of(2033, 3, 1)).toString();
		String fifth = instant(LocalDate.of(2033, 3, 5)).toString();
		return List.of(CaseQuery.all(), query("event", null, null, null, null), query(null, "0103", null, null, null),
				query(null, "02", null, null, null), query(null, null, march, fifth, null),
				query("COMPONENT", "0201", fifth, null, null), query(null, null, null, null, true));
	}

	private static CaseQuery query(String kind, String category, String from, String to, Boolean open) {
		return new CaseQuery(null, kind, category, null, null, null, null, null, null, from, to, open, null, null, null);
	}

	/** The kept counts, with every pending change taken in. */
	static List<Map<String, Object>> keptRows(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT scope_key, measure, day, dimension, sum(n) AS n FROM case_tally
				GROUP BY scope_key, measure, day, dimension HAVING sum(n) <> 0
				ORDER BY scope_key, measure, day, dimension
				""")
			.query()
			.listOfRows();
	}

	private static Instant instant(LocalDate day) {
		return day.atStartOfDay(SHANGHAI).toInstant();
	}

	/** The account that enters the test's reports, so that its own cases outside the grids count too. */
	private static Grant scoped(Set<String> gridKeys) {
		return new Grant("admin", List.of("dispatcher"), null, Set.of("case:read"), false, gridKeys, Set.of(),
				Set.of(), false);
	}
}
