package org.onegrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.open311.Open311Documents.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Discovery, the service list and service definitions, as an anonymous Open311 client sees them. */
@IntegrationTest
class Open311ServicesIntegrationTests {

	@Autowired
	MockMvc mvc;

	Open311Documents open311;

	@BeforeEach
	void client() {
		open311 = new Open311Documents(mvc);
	}

	@Test
	void discoversTheEndpointInJson() {
		Answer answer = open311.perform(get("/open311/v2/discovery.json"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		JsonNode endpoint = answer.json().path("endpoints").path(0);
		assertThat(endpoint.path("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.path("url").asString()).endsWith("/open311/v2");
		assertThat(endpoint.path("formats").toString()).contains("application/json", "text/xml");
		assertThat(answer.json().path("changeset").asString()).endsWith("Z");
	}

	@Test
	void discoversTheEndpointInXml() {
		Answer answer = open311.perform(get("/open311/v2/discovery.xml"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/xml").containsIgnoringCase("charset=UTF-8");
		assertThat(answer.body()).startsWith("<?xml").contains("encoding=\"UTF-8\"");
		assertThat(answer.xpath("/discovery/endpoints/endpoint/specification"))
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(answer.count("/discovery/endpoints/endpoint/formats/format")).isEqualTo(2);
	}

	@Test
	void listsEachMinorClassAsAServiceGroupedByItsMajorClassInJson() {
		Answer answer = open311.perform(get("/open311/v2/services.json"));
		assertThat(answer.status()).isEqualTo(200);
		JsonNode manhole = service(answer.json(), "C0101");
		assertThat(manhole.path("service_name").asString()).isEqualTo("井盖缺失");
		assertThat(manhole.path("group").asString()).isEqualTo("公用设施");
		assertThat(manhole.path("keywords").asString()).isEqualTo("Missing manhole cover");
		assertThat(manhole.path("type").asString()).isEqualTo("realtime");
		assertThat(manhole.path("metadata").asBoolean(true)).isFalse();
		assertThat(manhole.path("description").asString()).contains("井盖");
	}

	@Test
	void listsTheSameServicesInXml() {
		int inJson = open311.perform(get("/open311/v2/services.json")).json().size();
		Answer answer = open311.perform(get("/open311/v2/services.xml"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.count("/services/service")).isEqualTo(inJson).isPositive();
		assertThat(answer.xpath("/services/service[service_code='C0101']/service_name")).isEqualTo("井盖缺失");
		assertThat(answer.xpath("/services/service[service_code='C0101']/metadata")).isEqualTo("false");
	}

	@Test
	void definesAServiceWithNoAttributesInBothFormats() {
		Answer json = open311.perform(get("/open311/v2/services/C0101.json"));
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().path("service_code").asString()).isEqualTo("C0101");
		assertThat(json.json().path("attributes").isArray()).isTrue();
		assertThat(json.json().path("attributes").size()).isZero();
		Answer xml = open311.perform(get("/open311/v2/services/C0101.xml"));
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.xpath("/service_definition/service_code")).isEqualTo("C0101");
		assertThat(xml.count("/service_definition/attributes")).isEqualTo(1);
		assertThat(xml.count("/service_definition/attributes/attribute")).isZero();
	}

	@Test
	void refusesAnUnknownServiceWith404InBothFormats() {
		for (String code : new String[] { "C9999", "X0101", "C01", "E01x1" }) {
			Answer json = open311.perform(get("/open311/v2/services/" + code + ".json"));
			assertThat(json.status()).isEqualTo(404);
			assertThat(json.json().path(0).path("code").asInt()).isEqualTo(404);
			assertThat(json.json().path(0).path("description").asString()).contains(code);
		}
		Answer xml = open311.perform(get("/open311/v2/services/C9999.xml"));
		assertThat(xml.status()).isEqualTo(404);
		assertThat(xml.contentType()).startsWith("text/xml");
		assertThat(xml.xpath("/errors/error/code")).isEqualTo("404");
		assertThat(xml.xpath("/errors/error/description")).contains("C9999");
	}

	@Test
	void refusesAnotherJurisdictionWith404AndAcceptsItsOwn() {
		assertThat(open311.perform(get("/open311/v2/services.json?jurisdiction_id=onegrid.test")).status())
			.isEqualTo(200);
		Answer json = open311.perform(get("/open311/v2/services.json?jurisdiction_id=elsewhere.example"));
		assertThat(json.status()).isEqualTo(404);
		assertThat(json.json().path(0).path("description").asString()).contains("elsewhere.example");
		Answer xml = open311.perform(get("/open311/v2/services/C0101.xml?jurisdiction_id=elsewhere.example"));
		assertThat(xml.status()).isEqualTo(404);
		assertThat(xml.xpath("/errors/error/code")).isEqualTo("404");
	}

	@Test
	void ignoresParametersTheSpecDoesNotName() {
		assertThat(open311.perform(get("/open311/v2/services.json?locale=zh-CN")).status()).isEqualTo(200);
	}

	@Test
	void refusesAnUnknownFormatWithAnOpen311Error() {
		Answer answer = open311.perform(get("/open311/v2/services.csv"));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.json().path(0).path("code").asInt()).isEqualTo(404);
	}

	@Test
	void answersAnUnknownResourceWithTheSpecs404InItsFormat() {
		Answer json = open311.perform(get("/open311/v2/nothing.json"));
		assertThat(json.status()).isEqualTo(404);
		assertThat(json.json().path(0).path("code").asInt()).isEqualTo(404);
		Answer xml = open311.perform(get("/open311/v2/nothing/abc.xml"));
		assertThat(xml.status()).isEqualTo(404);
		assertThat(xml.xpath("/errors/error/code")).isEqualTo("404");
	}

	private static JsonNode service(JsonNode services, String code) {
		for (JsonNode service : services) {
			if (code.equals(service.path("service_code").asString())) {
				return service;
			}
		}
		throw new AssertionError("No service " + code + " in " + services);
	}
}
