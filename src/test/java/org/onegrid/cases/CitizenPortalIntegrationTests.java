package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.Grant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The citizen portal, used anonymously: a report gives a ticket number and a tracking code; tracking shows the
 * case without anyone's personal data or internal notes; a closed case is rated once and the rating is the case's
 * callback answer; a wrong code and an unknown ticket get the same answer.
 */
@IntegrationTest
class CitizenPortalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApi api;

	@Autowired
	CaseSearch search;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
	}

	@Test
	void reportsTracksAndRatesAClosedCase() throws Exception {
		JsonNode filed = call("/api/v1/portal/reports", report("王五", "13700000000"), 201);
		String caseNo = filed.path("caseNo").asString();
		String code = filed.path("code").asString();
		assertThat(code).matches("[A-Z2-9]{12}");

		JsonNode tracked = call("/api/v1/portal/tracking", tracking(caseNo, code), 200);
		assertThat(tracked.path("caseNo").asString()).isEqualTo(caseNo);
		assertThat(tracked.path("stateZh").asString()).isNotBlank();
		assertThat(tracked.path("rateable").asBoolean()).isFalse();
		assertThat(tracked.toString()).doesNotContain("王五", "13700000000", "citizen-portal");

		long id = search.byNumber(caseNo, Grant.system("test")).orElseThrow().id();
		assertThat(cases.get(id).path("channel").asString()).isEqualTo("CITIZEN");
		closeAsStaff(id);
		JsonNode closed = call("/api/v1/portal/tracking", tracking(caseNo, code), 200);
		assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("rateable").asBoolean()).isTrue();
		assertThat(closed.toString()).doesNotContain("内部备注");

		String rating = """
				{"caseNo":"%s","code":"%s","satisfaction":"MOSTLY_SATISFIED","comment":"修得不错"}
				""".formatted(caseNo, code);
		JsonNode rated = call("/api/v1/portal/ratings", rating, 200);
		assertThat(rated.path("satisfaction").asString()).isEqualTo("MOSTLY_SATISFIED");
		assertThat(cases.get(id).path("satisfaction").asString()).isEqualTo("MOSTLY_SATISFIED");
		call("/api/v1/portal/ratings", rating, 409);
	}

	@Test
	void aWrongCodeAndAnUnknownTicketGetTheSameAnswer() throws Exception {
		JsonNode filed = call("/api/v1/portal/reports", report("", ""), 201);
		String caseNo = filed.path("caseNo").asString();
		JsonNode wrongCode = call("/api/v1/portal/tracking", tracking(caseNo, "AAAAAAAAAAAA"), 404);
		JsonNode unknown = call("/api/v1/portal/tracking", tracking("19990101-999999", "AAAAAAAAAAAA"), 404);
		assertThat(wrongCode).isEqualTo(unknown);
		JsonNode other = call("/api/v1/portal/reports", report("", ""), 201);
		assertThat(call("/api/v1/portal/tracking", tracking(other.path("caseNo").asString(),
				filed.path("code").asString()), 404)).isEqualTo(unknown);
		JsonNode wrongRating = call("/api/v1/portal/ratings", """
				{"caseNo":"%s","code":"AAAAAAAAAAAA","satisfaction":"SATISFIED"}""".formatted(caseNo), 404);
		assertThat(wrongRating.path("detail")).isEqualTo(unknown.path("detail"));
	}

	@Test
	void badInputIsRefusedFieldByField() throws Exception {
		JsonNode refused = call("/api/v1/portal/reports", """
				{"requestId":"%s","kind":"EVENT","minorCode":"zz","description":"","lon":%s,"lat":%s}
				""".formatted(UUID.randomUUID(), CaseFixtures.LON, CaseFixtures.LAT), 400);
		assertThat(refused.path("errors").findValuesAsString("field")).contains("description");
	}

	@Test
	void theChannelIsTheServersChoice() throws Exception {
		JsonNode filed = call("/api/v1/portal/reports", """
				{"requestId":"%s","channel":"LEADER","kind":"COMPONENT","minorCode":"0201","description":"路面坑槽",
				 "lon":%s,"lat":%s}""".formatted(UUID.randomUUID(), CaseFixtures.LON, CaseFixtures.LAT), 400);
		assertThat(filed.path("errors").findValuesAsString("field")).contains("channel");
	}

	private void closeAsStaff(long id) {
		cases.ok(id, "verify", "\"confirmed\":true");
		cases.ok(id, "accept", "");
		cases.ok(id, "file", "\"conditionMet\":true");
		cases.ok(id, "dispatch", "");
		cases.ok(id, "sign", "");
		cases.ok(id, "feedback", "\"note\":\"内部备注 / Patched\",\"attachments\":[\"photo://after-1\"]");
		cases.ok(id, "check", "\"passed\":true");
		cases.ok(id, "close", "\"conditionMet\":true");
	}

	private static String report(String name, String phone) {
		return """
				{"requestId":"%s","kind":"COMPONENT","minorCode":"0201","description":"路面坑槽 / Pothole",
				 "lon":%s,"lat":%s,"contactName":"%s","contactPhone":"%s"}
				""".formatted(UUID.randomUUID(), CaseFixtures.LON, CaseFixtures.LAT, name, phone);
	}

	private static String tracking(String caseNo, String code) {
		return "{\"caseNo\":\"%s\",\"code\":\"%s\"}".formatted(caseNo, code);
	}

	private JsonNode call(String uri, String json, int status) throws Exception {
		MvcResult result = mvc.perform(post(uri).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		return TestApi.parse(body);
	}
}
