package org.onegrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.ApiTokenIssuer;
import org.onegrid.access.SignIn;
import org.onegrid.open311.Open311Documents.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Reading one service request back, anonymously, without anything about its reporter. */
@IntegrationTest
class Open311RequestReadingIntegrationTests {

	private static final String TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}";

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

	Open311Documents open311;

	@BeforeEach
	void prepare() {
		Open311Clients.prepare(api, accounts, signIn, tokens);
		open311 = new Open311Documents(mvc);
	}

	@Test
	void showsARequestInJsonWithoutItsReporter() {
		String id = submit();
		Answer answer = open311.perform(get("/open311/v2/requests/" + id + ".json"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode request = answer.json().path(0);
		assertThat(request.path("service_request_id").asString()).isEqualTo(id);
		assertThat(request.path("status").asString()).isEqualTo("open");
		assertThat(request.path("service_code").asString()).isEqualTo("C0101");
		assertThat(request.path("service_name").asString()).isEqualTo("井盖缺失");
		assertThat(request.path("description").asString()).isEqualTo("井盖缺失 / A manhole cover is missing");
		assertThat(request.path("address").asString()).isEqualTo("读取路 2 号");
		assertThat(request.path("lat").asDouble()).isEqualTo(0.01);
		assertThat(request.path("long").asDouble()).isEqualTo(46.01);
		assertThat(request.path("media_url").asString()).isEqualTo("https://example.org/cover.jpg");
		assertThat(request.path("requested_datetime").asString()).matches(TIME);
		assertThat(request.path("updated_datetime").asString()).matches(TIME);
		assertThat(request.path("status_notes").asString()).isNotBlank();
		assertThat(answer.body()).doesNotContain("李四", "13900000000", "open311-app");
	}

	@Test
	void showsTheSameRequestInXml() {
		String id = submit();
		Answer answer = open311.perform(get("/open311/v2/requests/" + id + ".xml"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/xml");
		assertThat(answer.xpath("/service_requests/request/service_request_id")).isEqualTo(id);
		assertThat(answer.xpath("/service_requests/request/status")).isEqualTo("open");
		assertThat(answer.xpath("/service_requests/request/requested_datetime")).matches(TIME);
		assertThat(answer.body()).doesNotContain("李四", "13900000000");
	}

	@Test
	void refusesAnUnknownOrMalformedIdWith404InBothFormats() {
		for (String id : new String[] { "20260101-999999999", "nothing", "2026-", "-1" }) {
			Answer json = open311.perform(get("/open311/v2/requests/" + id + ".json"));
			assertThat(json.status()).as(id).isEqualTo(404);
			assertThat(json.json().path(0).path("code").asInt()).isEqualTo(404);
		}
		Answer xml = open311.perform(get("/open311/v2/requests/nothing.xml"));
		assertThat(xml.status()).isEqualTo(404);
		assertThat(xml.xpath("/errors/error/code")).isEqualTo("404");
	}

	@Test
	void doesNotPublishACaseFromAnotherChannel() {
		TestApi.Response hotline = api.post("/api/v1/cases", """
				{"channel":"HOTLINE_12345","channelDetails":{"ticketNo":"O311-1"},"kind":"COMPONENT",
				 "minorCode":"0101","description":"热线工单 / A hotline ticket","lon":46.02,"lat":0.02}
				""");
		assertThat(hotline.status()).as(hotline.body().toString()).isIn(200, 201);
		String number = hotline.body().path("caseNo").asString();
		assertThat(open311.perform(get("/open311/v2/requests/" + number + ".json")).status()).isEqualTo(404);
	}

	@Test
	void refusesAnIdWhoseDatePartIsWrong() {
		String id = submit();
		String wrongDate = "19990101" + id.substring(id.indexOf('-'));
		assertThat(open311.perform(get("/open311/v2/requests/" + wrongDate + ".json")).status()).isEqualTo(404);
	}

	private String submit() {
		Answer answer = open311.perform(post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey())
			.param("service_code", "C0101")
			.param("lat", Open311Clients.LAT)
			.param("long", Open311Clients.LONG)
			.param("address_string", "读取路 2 号")
			.param("media_url", "https://example.org/cover.jpg")
			.param("first_name", "李四")
			.param("phone", "13900000000")
			.param("description", "井盖缺失 / A manhole cover is missing"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().path(0).path("service_request_id").asString();
	}
}
