package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A hand-built March 2028 of cases, driven through the cases API, whose assessment figures, scores, grades and ranks
 * are each worked out by hand below. It lives beside the case fixtures to drive real cases; March 2028 is used by no
 * other test, so the month holds exactly these cases.
 */
@IntegrationTest
class AssessmentMonthIntegrationTests {

	private static final String WORKS = "municipal-works";

	private static final String GREENING = "greening";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void figuresScoresGradesAndRanksOfAHandBuiltMonth() {
		clock.setShanghai("2028-03-01T09:00");
		long w1 = dispatched(WORKS);
		long w2 = dispatched(WORKS);
		long w3 = dispatched(WORKS);
		long w4 = dispatched(WORKS);
		long w5 = dispatched(WORKS);
		long w6 = dispatched(WORKS);
		long w7 = dispatched(WORKS);
		long g2 = dispatched(GREENING);
		long w8 = dispatched(WORKS);
		Instant w7Deadline = Instant.parse(cases.get(w7).path("clock").path("deadline").asString());
		Instant w4Deadline = Instant.parse(cases.get(w4).path("clock").path("deadline").asString());
		assertThat(w4Deadline).isBefore(Instant.parse("2028-03-28T00:00:00Z"));
		cases.report(CaseFixtures.patrolReport("\"selfHandled\":true,\"attachments\":[\"photo://after-1\"]"));
		cases.report(CaseFixtures.reportOf("CITIZEN", "COMPONENT", "0201", CaseFixtures.LON, CaseFixtures.LAT, ""));
		cases.report(CaseFixtures.reportOf("HOTLINE_12345", "COMPONENT", "0201", CaseFixtures.STREET_ONLY_LON,
				CaseFixtures.STREET_ONLY_LAT, "\"channelDetails\":{\"ticketNo\":\"T-20280301-1\"}"));
		long p1 = cases.report(CaseFixtures.reportOf("PATROL", "COMPONENT", "0201", CaseFixtures.STREET_ONLY_LON,
				CaseFixtures.STREET_ONLY_LAT, "")).path("id").asLong();
		cases.ok(p1, "accept", "");
		cases.ok(p1, "file", "\"conditionMet\":true");
		assertThat(cases.get(p1).path("handlingGrid").asString()).isEqualTo("S91");
		assertThat(cases.get(w1).path("handlingGrid").asString()).isEqualTo("C911");

		clock.setShanghai("2028-03-01T10:00");
		handledAndChecked(w1, true);
		cases.ok(w1, "close", "\"conditionMet\":true");
		cases.ok(w1, "evaluate", "\"satisfaction\":\"SATISFIED\"");
		handledAndChecked(w2, false);
		cases.ok(w2, "feedback", "\"note\":\"重修 / Redone\"");
		cases.ok(w2, "check", "\"passed\":true");
		cases.ok(w2, "close", "\"conditionMet\":true");
		cases.ok(w2, "evaluate", "\"satisfaction\":\"DISSATISFIED\"");
		cases.ok(w3, "sign", "");
		cases.ok(w3, "request-postponement", "\"days\":2,\"reason\":\"等待材料 / Waiting for parts\"");
		cases.ok(w3, "approve", "");
		cases.ok(w3, "feedback", "\"note\":\"已修补 / Patched\"");
		cases.ok(w4, "sign", "");
		cases.ok(w5, "return", "\"reason\":\"不属本单位职责 / Not ours\"");
		cases.ok(w5, "dispatch", "\"department\":\"" + GREENING + "\"");
		handledAndChecked(w5, true);
		cases.ok(w5, "close", "\"conditionMet\":true");
		cases.ok(w5, "evaluate", "\"satisfaction\":\"MOSTLY_SATISFIED\"");
		cases.ok(w6, "request-void", "\"reason\":\"重复上报 / Reported twice\"");
		cases.ok(w6, "approve", "");
		cases.ok(w7, "sign", "");
		cases.ok(w8, "escalate", "\"reason\":\"超出社区处置能力 / Beyond the community\"");
		cases.ok(g2, "sign", "");
		cases.ok(g2, "feedback", "\"note\":\"已处理 / Done\"");

		clock.setShanghai("2028-03-29T10:00");
		assertThat(clock.instant()).isAfter(w7Deadline);
		cases.ok(w7, "feedback", "\"note\":\"迟到的处置 / Late\"");

		clock.setShanghai("2028-04-10T09:00");
		awaitFacts(jdbc);

		// municipal-works: W1–W4 and W7 are its own (W5 was returned, W6 voided, W8 escalated): 5 to handle; 4 handled
		// (W4 is not), 3 on time (W7 was late), 2 closed (each an hour after its dispatch: median 1 h), 1 of 4 handled
		// reworked (W2), 1 postponed (W3), 1 overdue pending (W4); W1 and W2 were evaluated, W1 satisfied.
		assertThat(department(WORKS)).isEqualTo(values("toHandle", "5", "handled", "4", "handledRate", "0.8000",
				"onTimeHandled", "3", "onTimeHandledRate", "0.6000", "closed", "2", "closureRate", "0.4000",
				"medianHandlingHours", "1", "reworked", "1", "reworkRate", "0.2500", "postponed", "1",
				"postponementRate", "0.2000", "overduePending", "1", "overduePendingRate", "0.2000", "evaluated", "2",
				"satisfied", "1", "satisfactionRate", "0.5000", "assisting", "0", "assistedOnTime", "0",
				"cooperationRate", "null"));
		// greening: W5 (after its return) and G2, both handled on time, W5 closed at the instant of its second dispatch
		// (median 0 h) and mostly satisfied (基本满意).
		assertThat(department(GREENING)).isEqualTo(values("toHandle", "2", "handled", "2", "handledRate", "1.0000",
				"onTimeHandled", "2", "onTimeHandledRate", "1.0000", "closed", "1", "closureRate", "0.5000",
				"medianHandlingHours", "0", "reworked", "0", "reworkRate", "0.0000", "postponed", "0",
				"postponementRate", "0.0000", "overduePending", "0", "overduePendingRate", "0.0000", "evaluated", "1",
				"satisfied", "1", "satisfactionRate", "1", "assisting", "0", "assistedOnTime", "0",
				"cooperationRate", "null"));
		// C911: W1–W8, G2, the self-handled patrol case and the citizen's report: 11, 10 by patrol, 1 by a citizen;
		// filed 9 (W1–W8, G2, the self-handled one, less the voided W6), closed 4 (W1, W2, W5, self-handled), all on
		// time: 10/11 = 0.9091, 1/11 = 0.0909, 4/9 = 0.4444.
		assertThat(grid("C911")).isEqualTo(values("reported", "11", "patrolFound", "10", "discoveryRate", "0.9091",
				"citizenReported", "1", "citizenShare", "0.0909", "filed", "9", "closed", "4", "closureRate", "0.4444",
				"onTimeClosed", "4", "onTimeClosureRate", "0.4444"));
		// S91: the hotline report and P1 (filed, open).
		assertThat(grid("S91")).isEqualTo(values("reported", "2", "patrolFound", "1", "discoveryRate", "0.5000",
				"citizenReported", "1", "citizenShare", "0.5000", "filed", "1", "closed", "0", "closureRate", "0.0000",
				"onTimeClosed", "0", "onTimeClosureRate", "0.0000"));

		// The first day alone, as of its end: W7 was not yet handled, so 3 of municipal-works' 5 were; the week holds
		// every case of the month's grids.
		assertThat(figure("2028-03-01", "department", WORKS, "toHandle")).isEqualTo("5");
		assertThat(figure("2028-03-01", "department", WORKS, "handled")).isEqualTo("3");
		assertThat(figure("2028-03-01", "department", WORKS, "closed")).isEqualTo("2");
		assertThat(figure("2028-W09", "grid", "C911", "reported")).isEqualTo("11");

		// greening 30 + 20 + 20 + 20 + 10 = 100 (优); municipal-works 30×0.8 + 20×0.6 + 20×0.75 + 20×0.8 + 10×0.8
		// = 24 + 12 + 15 + 16 + 8 = 75 (中). February had no cases, so there is no change.
		JsonNode departments = scores("department");
		assertThat(number(departments.path("revision"))).isEqualTo("null");
		assertThat(score(departments, 0)).isEqualTo("greening 100 优 1 null");
		assertThat(score(departments, 1)).isEqualTo("municipal-works 75 中 2 null");
		assertThat(departments.path("rows").size()).isEqualTo(2);
		// C911 40×0.9091 + 40×0.4444 + 20×0.4444 = 36.364 + 17.776 + 8.888 = 63.03 (中); S91 40×0.5 = 20 (差).
		JsonNode grids = scores("grid");
		assertThat(score(grids, 0)).isEqualTo("C911 63.03 中 1 null");
		assertThat(score(grids, 1)).isEqualTo("S91 20 差 2 null");
	}

	/** Reports a patrol case at the fixture point, files it and dispatches it to {@code department}. */
	private long dispatched(String department) {
		long id = cases.filed("");
		cases.ok(id, "dispatch", "\"department\":\"" + department + "\"");
		return id;
	}

	private void handledAndChecked(long id, boolean passed) {
		cases.ok(id, "sign", "");
		cases.ok(id, "feedback", "\"note\":\"已处理 / Done\"");
		cases.ok(id, "check", "\"passed\":" + passed);
	}

	private Map<String, String> department(String code) {
		return row("department", code);
	}

	private Map<String, String> grid(String code) {
		return row("grid", code);
	}

	private Map<String, String> row(String type, String code) {
		Response response = api.get("/api/v1/assessment/indicators?period=2028-03&objectType=" + type);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(response.body().path("asOf").asString()).isEqualTo("2028-03-31T16:00:00Z");
		Map<String, String> values = new LinkedHashMap<>();
		for (JsonNode row : response.body().path("rows")) {
			if (row.path("object").asString().equals(code)) {
				row.path("values").properties().forEach(e -> values.put(e.getKey(), number(e.getValue())));
			}
		}
		return values;
	}

	private String figure(String period, String type, String object, String indicator) {
		Response response = api.get("/api/v1/assessment/indicators?period=" + period + "&objectType=" + type);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		for (JsonNode row : response.body().path("rows")) {
			if (row.path("object").asString().equals(object)) {
				return number(row.path("values").path(indicator));
			}
		}
		return "absent";
	}

	private JsonNode scores(String type) {
		Response response = api.get("/api/v1/assessment/scores?period=2028-03&objectType=" + type);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static String score(JsonNode scores, int index) {
		JsonNode row = scores.path("rows").path(index);
		return row.path("object").asString() + " " + number(row.path("score")) + " " + row.path("grade").asString()
				+ " " + row.path("rank").asInt() + " " + number(row.path("change"));
	}

	/** A number as plain text without trailing zeros, however the JSON wrote it, or "null" when absent. */
	static String number(JsonNode node) {
		return node.isNull() || node.isMissingNode() ? "null"
				: new BigDecimal(node.asString()).stripTrailingZeros().toPlainString();
	}

	private static Map<String, String> values(String... keysAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			String value = keysAndValues[i + 1];
			values.put(keysAndValues[i], value.equals("null") ? value
					: new BigDecimal(value).stripTrailingZeros().toPlainString());
		}
		return values;
	}

	/** Waits until the assessment has taken in every event published so far. */
	static void awaitFacts(JdbcClient jdbc) {
		ModuleEvents.awaitTakenIn(jdbc, "assessment");
	}
}
