package org.onegrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.Grant;
import org.onegrid.cases.CaseSearch;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.ApiTokenIssuer;
import org.onegrid.access.SignIn;
import org.onegrid.open311.Open311Documents.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** Submitting Open311 service requests with an api_key, and every way a submission is refused. */
@IntegrationTest
class Open311RequestSubmissionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApi api;

	@Autowired
	CaseSearch search;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	ApiTokenIssuer tokens;

	@Autowired
	org.onegrid.TestClock clock;

	Open311Documents open311;

	@BeforeEach
	void prepare() {
		Open311Clients.prepare(api, accounts, signIn, tokens);
		open311 = new Open311Documents(mvc);
	}

	@Test
	void takesARequestInAsACitizenCaseAndAnswersItsNumberInJson() {
		Answer answer = open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
			.param("first_name", "张").param("last_name", "三").param("phone", "13800000000")
			.param("email", "z3@example.org").param("address_string", "开放路 1 号")
			.param("media_url", "https://example.org/photo.jpg").param("attribute[size]", "big"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode receipt = answer.json().path(0);
		String number = receipt.path("service_request_id").asString();
		assertThat(number).matches("[0-9]{8}-[0-9]+");
		assertThat(receipt.path("service_notice").asString()).contains(number);
		JsonNode view = api.get("/api/v1/cases/" + idOf(number)).body();
		assertThat(view.path("channel").asString()).isEqualTo("CITIZEN");
		assertThat(view.path("channelDetails").path("via").asString()).isEqualTo("open311");
		assertThat(view.path("kind").asString()).isEqualTo("COMPONENT");
		assertThat(view.path("minorCode").asString()).isEqualTo("0101");
		assertThat(view.path("reporter").path("name").asString()).isEqualTo("张 三");
		assertThat(view.path("address").asString()).isEqualTo("开放路 1 号");
		assertThat(view.path("attachments").path(0).asString()).isEqualTo("https://example.org/photo.jpg");
		assertThat(view.path("reportedBy").asString()).isEqualTo("open311-app");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyGetsTheFirstCaseAndNoSecond() {
		String key = "retry-" + System.nanoTime();
		long before = search.search(org.onegrid.cases.CaseQuery.all(), Grant.system("test")).total();
		Answer first = open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
			.header("Idempotency-Key", key));
		Answer retry = open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
			.header("Idempotency-Key", key));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.status()).as(retry.body()).isEqualTo(200);
		assertThat(retry.json().path(0).path("service_request_id").asString())
			.isEqualTo(first.json().path(0).path("service_request_id").asString());
		assertThat(retry.json().path(0).path("token").asString()).isEqualTo(first.json().path(0).path("token").asString());
		assertThat(search.search(org.onegrid.cases.CaseQuery.all(), Grant.system("test")).total()).isEqualTo(before + 1);

		Answer changed = open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
			.param("address_string", "另一处").header("Idempotency-Key", key));
		assertThat(changed.status()).as(changed.body()).isEqualTo(400);
		assertThat(changed.json().path(0).path("description").asString()).contains("Idempotency-Key", "already used");
		Answer blank = open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
			.header("Idempotency-Key", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(search.search(org.onegrid.cases.CaseQuery.all(), Grant.system("test")).total()).isEqualTo(before + 1);
	}

	@Test
	void theSameFormSentAgainWithoutAKeyIsARetryWithinTheWindowAndANewRequestAfterIt() {
		String email = "retry" + System.nanoTime() + "@example.org";
		long before = search.search(org.onegrid.cases.CaseQuery.all(), Grant.system("test")).total();
		try {
			String first = number(open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
				.param("email", email)));
			clock.advance(java.time.Duration.ofHours(20));
			assertThat(number(open311.perform(form("xml").param("api_key", Open311Clients.reportingKey())
				.param("email", email)))).as("a lost answer, sent again").isEqualTo(first);
			String other = number(open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
				.param("email", email).param("address_string", "另一处")));
			assertThat(other).as("a different form is a different request").isNotEqualTo(first);
			assertThat(search.search(org.onegrid.cases.CaseQuery.all(), Grant.system("test")).total()).isEqualTo(before + 2);

			clock.advance(java.time.Duration.ofHours(49));
			assertThat(number(open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
				.param("email", email)))).as("two days on, the same form is a new report").isNotEqualTo(first);
		}
		finally {
			clock.reset();
		}
	}

	private static String number(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.contentType().startsWith("text/xml") ? answer.xpath("/service_requests/request/service_request_id")
				: answer.json().path(0).path("service_request_id").asString();
	}

	@Test
	void answersASubmissionInXml() {
		Answer answer = open311.perform(form("xml").param("api_key", Open311Clients.reportingKey()));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/xml");
		assertThat(answer.xpath("/service_requests/request/service_request_id")).matches("[0-9]{8}-[0-9]+");
	}

	@Test
	void refusesAMissingOrBadApiKeyWith403InBothFormats() {
		Answer missing = open311.perform(form("json"));
		assertThat(missing.status()).isEqualTo(403);
		assertThat(missing.json().path(0).path("code").asInt()).isEqualTo(403);
		assertThat(missing.json().path(0).path("description").asString()).contains("api_key");
		Answer wrong = open311.perform(form("xml").param("api_key", "og_not-a-key"));
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(wrong.xpath("/errors/error/code")).isEqualTo("403");
	}

	@Test
	void refusesTheKeyOfAnAccountThatMayNotCreateCases() {
		Answer answer = open311.perform(form("json").param("api_key", Open311Clients.readOnlyKey()));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.json().path(0).path("description").asString()).contains("may not submit");
	}

	@Test
	void refusesAnUnknownOrMissingServiceCode() {
		Answer unknown = open311.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey()).param("service_code", "C9999")
			.param("lat", Open311Clients.LAT).param("long", Open311Clients.LONG));
		assertThat(unknown.status()).isEqualTo(404);
		Answer missing = open311.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey()).param("lat", Open311Clients.LAT)
			.param("long", Open311Clients.LONG));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.xpath("/errors/error/description")).contains("service_code");
	}

	@Test
	void refusesAnAddressWithoutCoordinatesSayingThereIsNoGeocoder() {
		Answer answer = open311.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey()).param("service_code", "C0101")
			.param("description", "井盖丢了").param("address_string", "开放路 1 号"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path(0).path("description").asString()).contains("address_string", "lat");
	}

	@Test
	void refusesBadCoordinatesNamingTheField() {
		Answer answer = open311.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey()).param("service_code", "C0101")
			.param("lat", "north").param("long", Open311Clients.LONG));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path(0).path("description").asString()).contains("lat", "north");
	}

	@Test
	void refusesADescriptionOverTheSpecsLimitOf4000Characters() {
		Answer answer = open311.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey()).param("service_code", "C0101")
			.param("lat", Open311Clients.LAT).param("long", Open311Clients.LONG).param("description", "坑".repeat(4001)));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.xpath("/errors/error/description")).contains("4000");
	}

	@Test
	void keepsADescriptionUpToTheSpecsLimitWholeAndRefusesNoneAtAll() {
		Answer full = open311.perform(post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey()).param("service_code", "C0101")
			.param("lat", Open311Clients.LAT).param("long", Open311Clients.LONG).param("description", "坑".repeat(4000)));
		assertThat(full.status()).as(full.body()).isEqualTo(200);
		String number = full.json().path(0).path("service_request_id").asString();
		assertThat(api.get("/api/v1/cases/" + idOf(number)).body().path("description").asString())
			.isEqualTo("坑".repeat(4000));
		Answer none = open311.perform(post("/open311/v2/requests.xml")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey()).param("service_code", "C0101")
			.param("lat", Open311Clients.LAT).param("long", Open311Clients.LONG));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.xpath("/errors/error/description")).contains("description is required");
	}

	@Test
	void refusesAPointOutsideEveryGridAsBadInput() {
		Answer answer = open311.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey()).param("service_code", "C0101")
			.param("description", "井盖丢了").param("lat", "-80").param("long", "-170"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path(0).path("code").asInt()).isEqualTo(400);
	}

	@Test
	void refusesAnotherJurisdiction() {
		Answer answer = open311.perform(form("json").param("api_key", Open311Clients.reportingKey())
			.param("jurisdiction_id", "elsewhere.example"));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.json().path(0).path("description").asString()).contains("elsewhere.example");
	}

	/** A complete request for a missing manhole cover inside the test layer, without its api_key. */
	private static MockHttpServletRequestBuilder form(String format) {
		return post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_code", "C0101")
			.param("lat", Open311Clients.LAT)
			.param("long", Open311Clients.LONG)
			.param("description", "人行道井盖缺失 / A manhole cover is missing");
	}

	private long idOf(String caseNumber) {
		return search.byNumber(caseNumber, Grant.system("test")).orElseThrow().id();
	}
}
