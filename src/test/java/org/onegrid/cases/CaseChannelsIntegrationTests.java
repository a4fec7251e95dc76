package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.LAT;
import static org.onegrid.cases.CaseFixtures.LON;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.reportOf;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.access.AccountDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may report from which channel: citizens report on the citizen channel and cannot declare patrol, another
 * system's channel or self-handling to skip the loop; grid staff report from patrol and may self-handle; intake
 * operators enter reports from the hotline. A refused report is a 403 naming the field, and nothing is stored.
 * Whoever reported can list their own reports, whichever device they used.
 */
@IntegrationTest
class CaseChannelsIntegrationTests {

	private static final String PASSWORD = "channel-test-password";

	private static final String EVIDENCE = "\"attachments\":[\"photo://after-1\"]";

	private static final String HOTLINE = "\"channelDetails\":{\"ticketNo\":\"T-20260303-1\"}";

	private static volatile boolean created;

	@Autowired
	TestApi api;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		new CaseFixtures(api);
		if (!created) {
			account("chn-citizen", "citizen");
			account("chn-worker", "full-time-worker");
			account("chn-intake", "intake-operator");
			created = true;
		}
	}

	@Test
	void aCitizenCannotReportFromPatrol() {
		assertRefused("chn-citizen", report("PATROL", ""), "channel:NOT_PERMITTED");
	}

	@Test
	void aCitizenCannotSelfHandle() {
		assertRefused("chn-citizen", report("PATROL", "\"selfHandled\":true," + EVIDENCE), "selfHandled:NOT_PERMITTED");
		String requestId = UUID.randomUUID().toString();
		Response citizenChannel = as("chn-citizen").post("/api/v1/cases", report("CITIZEN",
				"\"requestId\":\"" + requestId + "\",\"selfHandled\":true," + EVIDENCE));
		assertThat(errors(citizenChannel, 400)).contains("selfHandled:NOT_PATROL");
		assertThat(stored(requestId)).isZero();
	}

	@Test
	void aCitizenCannotDeclareAnotherSystemsChannel() {
		assertRefused("chn-citizen", report("HOTLINE_12345", HOTLINE), "channel:NOT_PERMITTED");
		assertRefused("chn-citizen", report("POLICE_110", "\"channelDetails\":{\"incidentNo\":\"110-1\"}"),
				"channel:NOT_PERMITTED");
	}

	@Test
	void aCitizensReportOnTheCitizenChannelGoesThroughTheLoop() {
		Response response = as("chn-citizen").post("/api/v1/cases", report("CITIZEN", ""));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		assertThat(response.body().path("channel").asString()).isEqualTo("CITIZEN");
		assertThat(response.body().path("state").asString()).isEqualTo("AWAITING_VERIFICATION");
	}

	@Test
	void aGridWorkerReportsFromPatrolAndMaySelfHandle() {
		Response patrol = as("chn-worker").post("/api/v1/cases", report("PATROL", ""));
		assertThat(patrol.status()).as(patrol.body().toString()).isEqualTo(201);
		assertThat(patrol.body().path("state").asString()).isEqualTo("REPORTED");

		Response fixed = as("chn-worker").post("/api/v1/cases", report("PATROL", "\"selfHandled\":true," + EVIDENCE));
		assertThat(fixed.status()).as(fixed.body().toString()).isEqualTo(201);
		assertThat(fixed.body().path("state").asString()).isEqualTo("CLOSED");
	}

	@Test
	void aReportNamingNoChannelComesFromTheCallersOwn() {
		String noChannel = report("", "").replace("\"channel\":\"\",", "");
		assertThat(noChannel).doesNotContain("channel");
		Response citizen = as("chn-citizen").post("/api/v1/cases", noChannel);
		assertThat(citizen.status()).as(citizen.body().toString()).isEqualTo(201);
		assertThat(citizen.body().path("channel").asString()).isEqualTo("CITIZEN");
		assertThat(citizen.body().path("state").asString()).isEqualTo("AWAITING_VERIFICATION");

		Response worker = as("chn-worker").post("/api/v1/cases", report("", "").replace("\"channel\":\"\",", ""));
		assertThat(worker.status()).as(worker.body().toString()).isEqualTo(201);
		assertThat(worker.body().path("channel").asString()).isEqualTo("PATROL");
		assertThat(worker.body().path("state").asString()).isEqualTo("REPORTED");
	}

	@Test
	void onlyIntakeOperatorsEnterReportsFromTheHotline() {
		assertRefused("chn-worker", report("HOTLINE_12345", HOTLINE), "channel:NOT_PERMITTED");
		assertRefused("chn-intake", report("PATROL", ""), "channel:NOT_PERMITTED");

		Response hotline = as("chn-intake").post("/api/v1/cases", report("HOTLINE_12345", HOTLINE));
		assertThat(hotline.status()).as(hotline.body().toString()).isEqualTo(201);
		assertThat(hotline.body().path("channel").asString()).isEqualTo("HOTLINE_12345");
	}

	@Test
	void mineListsTheCallersOwnReportsAndNoOneElses() {
		long citizens = as("chn-citizen").post("/api/v1/cases", report("CITIZEN", "")).body().path("id").asLong();
		long workers = as("chn-worker").post("/api/v1/cases", report("PATROL", "")).body().path("id").asLong();

		assertThat(ids(as("chn-worker").get("/api/v1/cases?mine=true&size=200"))).contains(workers)
			.doesNotContain(citizens);
		assertThat(ids(as("chn-citizen").get("/api/v1/cases?mine=true&size=200"))).contains(citizens)
			.doesNotContain(workers);
		assertThat(ids(api.get("/api/v1/cases?mine=true&size=200"))).doesNotContain(citizens, workers);
		assertThat(ids(api.get("/api/v1/cases?mine=false&size=200"))).contains(citizens, workers);
		assertThat(api.get("/api/v1/cases?mine=perhaps").status()).isEqualTo(400);
	}

	private static List<Long> ids(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.body().path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	private void assertRefused(String user, String json, String error) {
		Response response = as(user).post("/api/v1/cases", json);
		assertThat(errors(response, 403)).containsExactly(error);
		assertThat(response.body().path("detail").asString()).contains("Only");
		assertThat(stored(requestIdOf(json))).isZero();
	}

	private static String report(String channel, String extra) {
		String requestId = "\"requestId\":\"" + UUID.randomUUID() + "\"";
		return reportOf(channel, "COMPONENT", "0205", LON, LAT, extra.contains("requestId") ? extra
				: extra.isEmpty() ? requestId : requestId + "," + extra);
	}

	private static String requestIdOf(String json) {
		int start = json.indexOf("\"requestId\":\"") + 13;
		return json.substring(start, json.indexOf('"', start));
	}

	private long stored(String requestId) {
		return jdbc.sql("SELECT count(*) FROM case_report WHERE request_id = ?").param(requestId).query(Long.class)
			.single();
	}

	private void account(String username, String role) {
		accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD, List.of(role), null, true),
				"test", false);
	}

	private TestApi as(String user) {
		return api.as(user, PASSWORD);
	}
}
