package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.reportOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Repeat reports (重复件) as an intake operator meets them: the open cases of the class near a point, asked before
 * reporting; a 12345 report linked at once to the case it repeats; and the cases inside a map's box. Each test uses
 * a point of its own in the north of micro-grid M9111, away from the other tests' reports.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseRepeatsIntegrationTests {

	/** About 22 m north. */
	private static final double NEAR = 0.0002;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	CaseFixtures cases;

	TestApi operator;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		TestStaff.unitWith(api, "case-d9", "DISTRICT", null, "ops", "D9", "intake-operator");
		operator = api.as("intake-operator-case-d9", TestStaff.PASSWORD);
		clock.setShanghai("2026-04-20T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long report(String minor, double lon, double lat) {
		return cases.report(reportOf("PATROL", "COMPONENT", minor, lon, lat, "")).path("id").asLong();
	}

	private List<Long> similar(TestApi as, String query) {
		Response response = as.get("/api/v1/cases/similar?" + query);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.body().forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	private static String hotline(String requestId, double lon, double lat) {
		return reportOf("HOTLINE_12345", "COMPONENT", "0204", lon, lat, """
				"requestId":"%s","channelDetails":{"ticketNo":"T-%s"},
				"reporter":{"name":"王女士","phone":"13812345678"}""".formatted(requestId, requestId));
	}

	@Test
	void listsOpenCasesOfTheClassNearAPointBeforeAReportIsMade() {
		double lon = 40.1035;
		double lat = 0.0115;
		long open = report("0204", lon, lat);
		long otherClass = report("0205", lon, lat);
		long far = report("0204", lon, lat + 0.001);
		String at = "kind=COMPONENT&minorCode=0204&lon=" + lon + "&lat=" + (lat + NEAR);

		assertThat(similar(operator, at)).contains(open).doesNotContain(otherClass, far);
		JsonNode first = operator.get("/api/v1/cases/similar?" + at).body().get(0);
		assertThat(first.path("lon").asDouble()).isEqualTo(lon);
		assertThat(first.path("lat").asDouble()).isEqualTo(lat);

		clock.advance(Duration.ofHours(73));
		assertThat(similar(operator, at)).doesNotContain(open);
	}

	@Test
	void refusesABadSimilarQueryFieldByField() {
		assertThat(errors(operator.get("/api/v1/cases/similar?kind=THING&minorCode=12&lat=91&crs=utm"), 400))
			.containsExactlyInAnyOrder("kind:UNKNOWN", "minorCode:PATTERN", "lon:REQUIRED", "lat:OUT_OF_RANGE",
					"crs:UNKNOWN");
	}

	@Test
	void linksAHotlineReportToTheOpenCaseItRepeats() {
		double lon = 40.1055;
		double lat = 0.0115;
		long first = report("0204", lon, lat);
		String requestId = UUID.randomUUID().toString();

		Response linked = operator.post("/api/v1/cases/" + first + "/repeats", hotline(requestId, lon, lat + NEAR));
		assertThat(linked.status()).as(linked.body().toString()).isEqualTo(201);
		long repeat = linked.body().path("id").asLong();
		assertThat(linked.body().path("state").asString()).isEqualTo("MERGED");
		assertThat(linked.body().path("mergedInto").asLong()).isEqualTo(first);
		assertThat(linked.body().path("channel").asString()).isEqualTo("HOTLINE_12345");
		assertThat(cases.timelineActions(repeat)).containsExactly("report", "merge");
		assertThat(cases.timelineActions(first)).containsExactly("report", "absorb");
		assertThat(cases.get(first).path("absorbed")).extracting(JsonNode::asLong).containsExactly(repeat);
		assertThat(cases.get(first).path("state").asString()).isEqualTo("REPORTED");
		assertThat(events.stream(CaseMerged.class).filter(event -> event.caseId() == repeat))
			.singleElement()
			.satisfies(event -> assertThat(event.targetCaseId()).isEqualTo(first));

		Response again = operator.post("/api/v1/cases/" + first + "/repeats", hotline(requestId, lon, lat + NEAR));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("id").asLong()).isEqualTo(repeat);
	}

	@Test
	void refusesToLinkAReportToACaseItDoesNotRepeatAndStoresNothing() {
		double lon = 40.1075;
		double lat = 0.0115;
		long first = report("0204", lon, lat);
		long otherClass = report("0205", lon, lat);
		String requestId = UUID.randomUUID().toString();

		assertThat(errors(operator.post("/api/v1/cases/" + otherClass + "/repeats", hotline(requestId, lon, lat)),
				400)).containsExactly("targetCaseId:NOT_A_REPEAT");
		assertThat(errors(operator.post("/api/v1/cases/" + first + "/repeats", hotline(requestId, lon, lat + 0.002)),
				400)).containsExactly("targetCaseId:NOT_A_REPEAT");
		assertThat(operator.post("/api/v1/cases/999999999/repeats", hotline(requestId, lon, lat)).status())
			.isEqualTo(404);
		assertThat(errors(operator.post("/api/v1/cases/" + first + "/repeats",
				reportOf("HOTLINE_12345", "COMPONENT", "0204", lon, lat, "")), 400))
			.containsExactly("channelDetails.ticketNo:REQUIRED");
		assertThat(jdbc.sql("SELECT count(*) FROM case_report WHERE request_id = ?").param(requestId)
			.query(Long.class).single()).isZero();
		assertThat(cases.timelineActions(first)).containsExactly("report");
	}

	@Test
	void findsOnlyTheCasesInsideAMapsBoxAndRefusesABadBox() {
		double lon = 40.1095;
		double lat = 0.0115;
		long inside = report("0206", lon, lat);
		long outside = report("0206", lon, lat - 0.004);
		Response page = api.get("/api/v1/cases?size=200&bbox=40.109,0.011,40.110,0.012");
		assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		page.body().path("items").forEach(item -> ids.add(item.path("id").asLong()));
		assertThat(ids).contains(inside).doesNotContain(outside);

		assertThat(errors(api.get("/api/v1/cases?bbox=40.1,0.01"), 400)).containsExactly("bbox:INVALID_FORMAT");
		assertThat(errors(api.get("/api/v1/cases?bbox=40.2,0.01,40.1,0.02"), 400)).containsExactly("bbox:OUT_OF_RANGE");
		assertThat(errors(api.get("/api/v1/cases?bbox=a,b,c,d"), 400)).containsExactly("bbox:INVALID_FORMAT");
	}
}
