package org.onegrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.ApiTokenIssuer;
import org.onegrid.access.Grant;
import org.onegrid.access.SignIn;
import org.onegrid.cases.CaseSearch;
import org.onegrid.open311.Open311Documents.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** mySociety's service request updates: each change of state on a citizen's request, in both formats. */
@IntegrationTest
class Open311RequestUpdatesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApi api;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	ApiTokenIssuer tokens;

	@Autowired
	CaseSearch search;

	Open311Documents open311;

	@BeforeEach
	void prepare() {
		Open311Clients.prepare(api, accounts, signIn, tokens);
		open311 = new Open311Documents(mvc);
	}

	@Test
	void listsEachChangeOfStateWithTheExtensionsStatusInBothFormats() {
		String number = submit();
		long id = search.byNumber(number, Grant.system("test")).orElseThrow().id();
		TestApi.Response verified = api.post("/api/v1/cases/" + id + "/actions/verify",
				"{\"actor\":\"op-1\",\"confirmed\":true,\"note\":\"内部备注 / internal note\"}");
		assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
		TestApi.Response rejected = api.post("/api/v1/cases/" + id + "/actions/reject",
				"{\"actor\":\"op-1\",\"reason\":\"不属于本区 / Not ours\"}");
		assertThat(rejected.status()).as(rejected.body().toString()).isEqualTo(200);

		Answer json = open311.perform(get("/open311/v2/servicerequestupdates.json"));
		assertThat(json.status()).as(json.body()).isEqualTo(200);
		List<JsonNode> mine = new ArrayList<>();
		json.json().forEach(update -> {
			if (number.equals(update.path("service_request_id").asString())) {
				mine.add(update);
			}
		});
		assertThat(mine).extracting(update -> update.path("status").asString())
			.containsExactly("OPEN", "NO_FURTHER_ACTION");
		assertThat(mine).extracting(update -> update.path("external_status_code").asString())
			.containsExactly("REPORTED", "REJECTED");
		assertThat(mine.get(0).path("update_id").asString()).isEqualTo(number + "-2");
		assertThat(mine.get(0).path("updated_datetime").asString()).matches(".*T.*[+-][0-9]{2}:[0-9]{2}");
		assertThat(json.body()).doesNotContain("internal note", "Not ours");

		Answer xml = open311.perform(get("/open311/v2/servicerequestupdates.xml"));
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.count("/service_request_updates/request_update[service_request_id='" + number + "']"))
			.isEqualTo(2);
	}

	@Test
	void leavesOutChangesOutsideTheWindowAndCasesNotReportedByCitizens() {
		String number = submit();
		long id = search.byNumber(number, Grant.system("test")).orElseThrow().id();
		api.post("/api/v1/cases/" + id + "/actions/verify", "{\"actor\":\"op-1\",\"confirmed\":true}");
		assertThat(open311.perform(get("/open311/v2/servicerequestupdates.json"
				+ "?start_date=2026-01-01T00:00:00Z&end_date=2026-01-02T00:00:00Z")).body()).doesNotContain(number);
		TestApi.Response patrol = api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0101","description":"巡查发现 / Patrol find",
				 "lon":46.01,"lat":0.01}
				""");
		assertThat(patrol.status()).as(patrol.body().toString()).isEqualTo(201);
		api.post("/api/v1/cases/" + patrol.body().path("id").asLong() + "/actions/accept", "{\"actor\":\"op-1\"}");
		assertThat(open311.perform(get("/open311/v2/servicerequestupdates.json")).body())
			.doesNotContain(patrol.body().path("caseNo").asString());
	}

	@Test
	void refusesABadWindowWith400() {
		for (String query : List.of("start_date=soon", "start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
				"start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z")) {
			Answer answer = open311.perform(get("/open311/v2/servicerequestupdates.json?" + query));
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.json().path(0).path("code").asInt()).isEqualTo(400);
		}
	}

	private String submit() {
		return open311.submitRequest("更新测试 / Updates");
	}
}
