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

/** A submission answers a token beside its id, and the token resolves to that id in both formats. */
@IntegrationTest
class Open311TokensIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApi api;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	ApiTokenIssuer apiTokens;

	Open311Documents open311;

	@BeforeEach
	void prepare() {
		Open311Clients.prepare(api, accounts, signIn, apiTokens);
		open311 = new Open311Documents(mvc);
	}

	@Test
	void resolvesTheTokenOfAJsonSubmissionToItsServiceRequestId() {
		JsonNode receipt = submit("json").json().path(0);
		String id = receipt.path("service_request_id").asString();
		String token = receipt.path("token").asString();
		assertThat(token).isNotBlank().isNotEqualTo(id);
		Answer answer = open311.perform(get("/open311/v2/tokens/" + token + ".json"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat(answer.json().size()).isEqualTo(1);
		assertThat(answer.json().path(0).path("service_request_id").asString()).isEqualTo(id);
		assertThat(answer.json().path(0).path("token").asString()).isEqualTo(token);
	}

	@Test
	void resolvesTheTokenOfAnXmlSubmissionInXml() {
		Answer receipt = submit("xml");
		String id = receipt.xpath("/service_requests/request/service_request_id");
		String token = receipt.xpath("/service_requests/request/token");
		assertThat(token).isNotBlank();
		Answer answer = open311.perform(get("/open311/v2/tokens/" + token + ".xml"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/xml");
		assertThat(answer.count("/service_requests/request")).isEqualTo(1);
		assertThat(answer.xpath("/service_requests/request/service_request_id")).isEqualTo(id);
		assertThat(answer.xpath("/service_requests/request/token")).isEqualTo(token);
	}

	@Test
	void givesEachSubmissionItsOwnToken() {
		String first = submit("json").json().path(0).path("token").asString();
		String second = submit("json").json().path(0).path("token").asString();
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void answersAnUnknownTokenWith404InBothFormats() {
		Answer json = open311.perform(get("/open311/v2/tokens/00000000-0000-4000-8000-000000000000.json"));
		assertThat(json.status()).isEqualTo(404);
		assertThat(json.json().path(0).path("code").asInt()).isEqualTo(404);
		assertThat(json.json().path(0).path("description").asString()).contains("token");
		Answer xml = open311.perform(get("/open311/v2/tokens/00000000-0000-4000-8000-000000000000.xml"));
		assertThat(xml.status()).isEqualTo(404);
		assertThat(xml.xpath("/errors/error/code")).isEqualTo("404");
	}

	@Test
	void refusesAMalformedTokenWith400InBothFormats() {
		Answer json = open311.perform(get("/open311/v2/tokens/not-a-token.json"));
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.json().path(0).path("code").asInt()).isEqualTo(400);
		assertThat(json.json().path(0).path("description").asString()).contains("token", "not-a-token");
		Answer xml = open311.perform(get("/open311/v2/tokens/" + "f".repeat(300) + ".xml"));
		assertThat(xml.status()).isEqualTo(400);
		assertThat(xml.xpath("/errors/error/description")).contains("token");
	}

	@Test
	void refusesAnotherJurisdiction() {
		String token = submit("json").json().path(0).path("token").asString();
		Answer answer = open311.perform(get("/open311/v2/tokens/" + token + ".json")
			.param("jurisdiction_id", "elsewhere.example"));
		assertThat(answer.status()).isEqualTo(404);
	}

	private Answer submit(String format) {
		Answer answer = open311.perform(post("/open311/v2/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey())
			.param("service_code", "C0101")
			.param("lat", Open311Clients.LAT)
			.param("long", Open311Clients.LONG)
			.param("description", "路灯不亮 / A street light is out " + System.nanoTime()));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer;
	}
}
