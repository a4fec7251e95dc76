package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.LAT;
import static org.onegrid.cases.CaseFixtures.LON;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.reportOf;
import static org.onegrid.cases.CaseFixtures.strings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Verification (核实) of citizen, hotline and 110 reports, their channel details, and acceptance (受理 / 不予受理).
 */
@IntegrationTest
class CaseVerificationIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-02T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void citizenReportWaitsForVerificationAndConfirmedBecomesReported() {
		JsonNode reported = cases.report(reportOf("CITIZEN", "EVENT", "0103", LON, LAT,
				"\"reporter\":{\"name\":\"张三\",\"phone\":\"13800000000\"}"));
		long id = reported.path("id").asLong();
		assertThat(reported.path("state").asString()).isEqualTo("AWAITING_VERIFICATION");
		assertThat(reported.path("reporter").path("phone").asString()).isEqualTo("13800000000");
		assertThat(reported.path("clock").path("stage").asString()).isEqualTo("ACCEPT");
		assertThat(strings(reported.path("allowedActions"), null)).contains("verify", "reject").doesNotContain("accept");

		JsonNode verified = cases.ok(id, "verify", "\"confirmed\":true,\"note\":\"现场确认 / Seen on site\"");
		assertThat(verified.path("state").asString()).isEqualTo("REPORTED");
		assertThat(strings(verified.path("allowedActions"), null)).contains("accept", "reject").doesNotContain("verify");
		JsonNode entry = verified.path("timeline").get(1);
		assertThat(entry.path("action").asString()).isEqualTo("verify");
		assertThat(entry.path("from").asString()).isEqualTo("AWAITING_VERIFICATION");
		assertThat(entry.path("to").asString()).isEqualTo("REPORTED");
		assertThat(entry.path("details").path("confirmed").asBoolean()).isTrue();
	}

	@Test
	void hotlineReportKeepsItsTicketNumberAndWaitsForVerification() {
		JsonNode reported = cases.report(reportOf("HOTLINE_12345", "EVENT", "0103", LON, LAT,
				"\"channelDetails\":{\"ticketNo\":\"12345-20260302-0007\",\"callerArea\":\"松江\"}"));
		assertThat(reported.path("state").asString()).isEqualTo("AWAITING_VERIFICATION");
		JsonNode stored = cases.get(reported.path("id").asLong());
		assertThat(stored.path("channel").asString()).isEqualTo("HOTLINE_12345");
		assertThat(stored.path("channelDetails").path("ticketNo").asString()).isEqualTo("12345-20260302-0007");
		assertThat(stored.path("channelDetails").path("callerArea").asString()).isEqualTo("松江");
		assertThat(stored.path("timeline").get(0).path("details").path("channelDetails").path("ticketNo").asString())
			.isEqualTo("12345-20260302-0007");
	}

	@Test
	void policeReportKeepsItsIncidentNumberAndWaitsForVerification() {
		JsonNode reported = cases.report(reportOf("POLICE_110", "EVENT", "0504", LON, LAT,
				"\"channelDetails\":{\"incidentNo\":\"110-0302-88\"}"));
		assertThat(reported.path("state").asString()).isEqualTo("AWAITING_VERIFICATION");
		assertThat(cases.get(reported.path("id").asLong()).path("channelDetails").path("incidentNo").asString())
			.isEqualTo("110-0302-88");
	}

	@Test
	void refusesChannelReportsWithoutTheirDetailsFieldByField() {
		long before = cases.total("");
		assertThat(errors(api.post("/api/v1/cases", reportOf("HOTLINE_12345", "EVENT", "0103", LON, LAT, "")), 400))
			.containsExactly("channelDetails.ticketNo:REQUIRED");
		assertThat(errors(api.post("/api/v1/cases", reportOf("POLICE_110", "EVENT", "0103", LON, LAT,
				"\"channelDetails\":{\"ticketNo\":\"wrong-key\"}")), 400))
			.containsExactly("channelDetails.incidentNo:REQUIRED");
		assertThat(errors(api.post("/api/v1/cases", reportOf("VIDEO", "EVENT", "0103", LON, LAT,
				"\"channelDetails\":{\"deviceId\":\" \"}")), 400))
			.containsExactlyInAnyOrder("channelDetails.deviceId:REQUIRED", "channelDetails.alertId:REQUIRED");
		assertThat(cases.total("")).isEqualTo(before);
	}

	@Test
	void patrolReportNeedsNoVerification() {
		JsonNode reported = cases.report(CaseFixtures.patrolReport(""));
		assertThat(reported.path("state").asString()).isEqualTo("REPORTED");
		assertThat(cases.attempt(reported.path("id").asLong(), "verify", "\"confirmed\":true").status())
			.isEqualTo(409);
	}

	@Test
	void verificationThatFailsNeedsAReasonAndRejectsTheReport() {
		long id = cases.report(reportOf("CITIZEN", "EVENT", "0103", LON, LAT, "")).path("id").asLong();
		assertThat(errors(cases.attempt(id, "verify", "\"confirmed\":false"), 400)).containsExactly("reason:REQUIRED");
		assertThat(errors(cases.attempt(id, "verify", ""), 400)).contains("confirmed:REQUIRED");
		assertThat(cases.get(id).path("state").asString()).isEqualTo("AWAITING_VERIFICATION");

		JsonNode rejected = cases.ok(id, "verify", "\"confirmed\":false,\"reason\":\"现场无此问题 / Nothing found\"");
		assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
		assertThat(rejected.path("open").asBoolean()).isFalse();
		assertThat(rejected.path("clock").isNull()).isTrue();
		assertThat(rejected.path("allowedActions")).isEmpty();
		assertThat(rejected.path("timeline").get(1).path("details").path("reason").asString())
			.isEqualTo("现场无此问题 / Nothing found");
	}

	@Test
	void acceptingStartsTheDispatchClock() {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		JsonNode accepted = cases.ok(id, "accept", "");
		assertThat(accepted.path("state").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("clock").path("stage").asString()).isEqualTo("DISPATCH");
		assertThat(accepted.path("clock").path("deadline").asString()).isEqualTo("2026-03-03T09:30:00Z");
		assertThat(strings(accepted.path("allowedActions"), null)).contains("file").doesNotContain("accept");
	}

	@Test
	void rejectsAReportOnlyWithAReason() {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		assertThat(errors(cases.attempt(id, "reject", ""), 400)).containsExactly("reason:REQUIRED");
		assertThat(errors(cases.attempt(id, "reject", "\"reason\":\"" + "x".repeat(501) + "\""), 400))
			.containsExactly("reason:SIZE");

		JsonNode rejected = cases.ok(id, "reject", "\"reason\":\"不属于受理范围 / Out of scope\"");
		assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
		assertThat(rejected.path("timeline").get(1).path("details").path("reason").asString())
			.isEqualTo("不属于受理范围 / Out of scope");
		var again = cases.attempt(id, "accept", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().path("allowedActions")).isEmpty();
		assertThat(cases.timelineActions(id)).containsExactly("report", "reject");
	}
}
