package org.onegrid.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A body that cannot be read is explained for a person: the field and what it should hold, with none of the
 * parser's inner words.
 */
@IntegrationTest
class UnreadableBodiesIntegrationTests {

	@Autowired
	TestApi api;

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"/api/v1/cases|{\"lon\":\"east\"}|lon|lon must be a number",
			"/api/v1/cases|{\"channelDetails\":[1]}|channelDetails|channelDetails must be an object",
			"/api/v1/cases|[1]|body|The request body must be an object",
			"/api/v1/cases|{\"lon\":|body|The request body is not valid JSON (line 1, column 8)",
			"/api/v1/units/x/roster/pattern|{\"from\":\"2026-13-01\"}|from|from must be a date, such as 2026-03-05",
			"/api/v1/units/x/roster/pattern|{\"shifts\":[{\"people\":[\"me\"]}]}|shifts[0].people[0]|"
					+ "shifts[0].people[0] must be a whole number" })
	void namesTheFieldInPlainWords(String uri, String body, String field, String detail) {
		Response response = api.post(uri, body);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		JsonNode error = response.body().path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo(field);
		assertThat(error.path("detail").asString()).isEqualTo(detail);
		assertThat(response.body().toString()).doesNotContain("java.", "Cannot deserialize", "tools.jackson");
	}
}
