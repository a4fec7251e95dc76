package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.Grant;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.grid.GridLocator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server's warm-up goes through everything taking a report in does, and keeps nothing of it: no case, no request
 * id, no timeline, no number, no fact another module records, so the day's numbers go on without a gap.
 */
@IntegrationTest
class IntakeWarmUpIntegrationTests {

	private static final Grant SYSTEM = Grant.system("warm-up-test");

	/** What taking a report in writes, in this module and in the modules that record with it before the commit. */
	private static final List<String> WRITTEN = List.of("cases", "case_report", "case_timeline", "case_number",
			"analysis_report", "webhook_delivery");

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	Intake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GridLocator locator;

	@Autowired
	JsonMapper json;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CasesProperties properties;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void setUp() {
		new CaseFixtures(api);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aRehearsalWritesWhatAReportWritesThenRollsItBack() {
		clock.setShanghai("2026-09-01T10:00");
		Map<String, Long> inserted = transactions.execute(status -> {
			intake.rehearse(CaseFixtures.pothole(UUID.randomUUID().toString()), SYSTEM);
			status.setRollbackOnly();
			return insertedHere();
		});

		assertThat(inserted).containsKeys("cases", "case_report", "case_timeline", "analysis_report")
			.allSatisfy((table, rows) -> assertThat(rows).isPositive());
	}

	@Test
	void warmingUpKeepsNothingAndTakesNoNumber() {
		clock.setShanghai("2026-09-02T10:00");
		CaseView first = intake.report(CaseFixtures.pothole(UUID.randomUUID().toString()), SYSTEM).view();
		Map<String, Long> before = rows();
		long idsBefore = lastId();

		new IntakeWarmUp(intake, json, locator, catalogue, properties, 40, Duration.ofMinutes(1)).run(null);

		assertThat(lastId()).as("ids the rehearsals' cases took").isGreaterThan(idsBefore + 1);
		assertThat(rows()).isEqualTo(before);
		CaseView next = intake.report(CaseFixtures.pothole(UUID.randomUUID().toString()), SYSTEM).view();
		assertThat(next.caseNo()).isEqualTo("20260902-000002");
		assertThat(first.caseNo()).isEqualTo("20260902-000001");
	}

	private Map<String, Long> rows() {
		return WRITTEN.stream()
			.collect(Collectors.toMap(table -> table,
					table -> jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()));
	}

	/** Rows this transaction has inserted so far, by table, among those a report writes. */
	private Map<String, Long> insertedHere() {
		return jdbc.sql("SELECT relname, n_tup_ins FROM pg_stat_xact_user_tables WHERE relname = ANY (?) "
				+ "AND n_tup_ins > 0")
			.param(WRITTEN.toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private long lastId() {
		return jdbc.sql("SELECT nextval(pg_get_serial_sequence('cases', 'id'))").query(Long.class).single();
	}
}
