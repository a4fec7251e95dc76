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
import org.onegrid.access.SignIn;
import org.onegrid.open311.Open311Documents.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Listing service requests by id, service, time window and status, and refusing a bad filter. */
@IntegrationTest
class Open311RequestListingIntegrationTests {

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
	void listsTheRequestsNamedByIdInBothFormatsLeavingOutUnknownOnes() {
		String first = submit();
		String second = submit();
		String query = "?service_request_id=" + first + "," + second + ",20260101-999999999";
		Answer json = open311.perform(get("/open311/v2/requests.json" + query));
		assertThat(json.status()).as(json.body()).isEqualTo(200);
		assertThat(ids(json)).containsExactlyInAnyOrder(first, second);
		Answer xml = open311.perform(get("/open311/v2/requests.xml" + query));
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.count("/service_requests/request")).isEqualTo(2);
		assertThat(xml.body()).contains(first, second);
	}

	@Test
	void filtersByServiceAndStatusWithinTheDefaultWindow() {
		String id = submit();
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?service_code=C0101&status=open"))))
			.contains(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?status=open,closed")))).contains(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?service_code=C0101&status=closed"))))
			.doesNotContain(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?service_code=E0101")))).doesNotContain(id);
		assertThat(open311.perform(get("/open311/v2/requests.xml?service_code=C0101")).count(
				"/service_requests/request[service_request_id='" + id + "']")).isEqualTo(1);
	}

	@Test
	void leavesOutRequestsOutsideTheWindow() {
		String id = submit();
		assertThat(ids(open311.perform(get("/open311/v2/requests.json").param("end_date", "2001-01-01T00:00:00+08:00"))))
			.doesNotContain(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?start_date=2001-01-01T00:00:00Z"))))
			.contains(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?start_date=2001-01-01T00:00:00+08:00"))))
			.as("a '+' left unencoded arrives as a space").contains(id);
	}

	@Test
	void narrowsByTheTimeOfTheLastChange() {
		String id = submit();
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?updated_after=2001-01-01T00:00:00Z"))))
			.contains(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?updated_after=2100-01-01T00:00:00Z"))))
			.doesNotContain(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?updated_before=2001-01-02T00:00:00Z"))))
			.doesNotContain(id);
	}

	@Test
	void narrowsToARadiusInMetresAroundAPoint() {
		String id = submit();
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?lat=0.0105&long=46.01&radius=100"))))
			.as("about 56 m away").contains(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?lat=0.05&long=46.01"))))
			.as("about 4.4 km away, beyond the default 1,000 m").doesNotContain(id);
		assertThat(ids(open311.perform(get("/open311/v2/requests.json?lat=0.05&long=46.01&radius=5000"))))
			.contains(id);
	}

	@Test
	void refusesABadExtensionFilterWith400() {
		for (String query : List.of("radius=100", "lat=0.01", "lat=0.01&long=46.01&radius=-5",
				"lat=north&long=46.01", "lat=0.01&long=46.01&radius=1e9", "updated_after=soon",
				"updated_after=2026-02-01T00:00:00Z&updated_before=2026-01-01T00:00:00Z")) {
			Answer answer = open311.perform(get("/open311/v2/requests.json?" + query));
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.json().path(0).path("code").asInt()).isEqualTo(400);
		}
	}

	@Test
	void refusesABadFilterWith400InBothFormats() {
		Answer status = open311.perform(get("/open311/v2/requests.json?status=pending"));
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().path(0).path("description").asString()).contains("pending");
		Answer date = open311.perform(get("/open311/v2/requests.xml?start_date=yesterday"));
		assertThat(date.status()).isEqualTo(400);
		assertThat(date.xpath("/errors/error/description")).contains("start_date");
		Answer order = open311.perform(get(
				"/open311/v2/requests.json?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z"));
		assertThat(order.status()).isEqualTo(400);
	}

	@Test
	void refusesAnUnknownServiceOrJurisdictionWith404() {
		assertThat(open311.perform(get("/open311/v2/requests.json?service_code=C9999")).status()).isEqualTo(404);
		Answer xml = open311.perform(get("/open311/v2/requests.xml?jurisdiction_id=elsewhere.example"));
		assertThat(xml.status()).isEqualTo(404);
		assertThat(xml.xpath("/errors/error/code")).isEqualTo("404");
	}

	private String submit() {
		return open311.submitRequest("列表测试 / Listed");
	}

	private static List<String> ids(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		answer.json().forEach(request -> ids.add(request.path("service_request_id").asString()));
		return ids;
	}
}
