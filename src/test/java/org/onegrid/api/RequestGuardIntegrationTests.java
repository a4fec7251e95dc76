package org.onegrid.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The NUL character, which PostgreSQL cannot store, is refused wherever it comes, naming the field; a body larger
 * than the call allows is refused with 413 before it is read whole.
 */
@IntegrationTest
class RequestGuardIntegrationTests {

	private static final String NUL = "\\u0000";

	@Autowired
	TestApi api;

	@Test
	void refusesNulInATextFieldNamingIt() {
		assertRefused(api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"0201","description":"a%sb","lon":40.1,"lat":0.1}
				""".formatted(NUL)), "description");
	}

	@Test
	void refusesNulInAMapKeyAndInAListElement() {
		assertRefused(api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"0201","description":"d","lon":40.1,"lat":0.1,
				 "channelDetails":{"ph%sone":"1"}}
				""".formatted(NUL)), "channelDetails[\"ph\\u0000one\"]");
		assertRefused(api.post("/api/v1/layers", """
				{"code":"nul-layer","name":"n","kind":"ops","levelNames":["a","b%s"]}
				""".formatted(NUL)), "levelNames[1]");
	}

	@Test
	void refusesNulInGeoJsonPropertyNames() {
		assertRefused(api.post("/api/v1/layers/nosuch/import", """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"co%sde":"X"},
				 "geometry":{"type":"Point","coordinates":[0,0]}}]}
				""".formatted(NUL)), "features[0].properties[\"co\\u0000de\"]");
	}

	@Test
	void refusesNulInQueryParametersAndPathVariables() throws Exception {
		assertRefused(raw("/api/v1/registry/person?q=a%00b"), "q");
		assertRefused(raw("/api/v1/cases?from=%00"), "from");
		assertRefused(raw("/api/v1/units/a%00b"), "path");
	}

	@Test
	void refusesABodyOverTheLimitWith413() {
		String huge = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
		Response response = api.post("/api/v1/layers", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("body");
	}

	@Test
	void allowsAGeoJsonImportLargerThanTheGeneralLimit() {
		String big = "{\"type\":\"FeatureCollection\",\"features\":[],\"pad\":\"" + "x".repeat(2 * 1024 * 1024)
				+ "\"}";
		assertThat(api.post("/api/v1/layers/nosuch/import", big).status()).isNotEqualTo(413);
	}

	private static void assertRefused(Response response, String field) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode error = response.body().path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo(field);
		assertThat(error.path("code").asString()).isEqualTo("NUL_CHARACTER");
	}

	private Response raw(String uri) throws Exception {
		MvcResult result = api.mvc()
			.perform(MockMvcRequestBuilders.get(URI.create(uri)).accept(MediaType.APPLICATION_JSON))
			.andReturn();
		return new Response(result.getResponse().getStatus(), result.getResponse().getContentType(),
				TestApi.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
	}
}
