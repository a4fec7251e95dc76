package org.onegrid.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whatever a client sends, the answer is a 4xx problem+json, never a 500.
 */
@IntegrationTest
class ClientErrorsIntegrationTests {

	@Autowired
	TestApi api;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"GET|/api/v1/grids/locate?lon=NaN&lat=0|",
			"GET|/api/v1/grids/locate?lon=1e400&lat=0|",
			"GET|/api/v1/grids/locate|",
			"GET|/api/v1/layers/nosuch|",
			"GET|/api/v1/layers/nosuch/grids?level=abc|",
			"GET|/api/v1/layers/nosuch/export|",
			"GET|/api/v1/layers/nosuch/analysis/coverage?minArea=NaN|",
			"GET|/api/v1/layers/nosuch/analysis/correspondence|",
			"POST|/api/v1/layers|[1,2,3]",
			"POST|/api/v1/layers|{\"code\":7,\"levelNames\":\"x\"}",
			"POST|/api/v1/layers|{\"code\":\"ok-code\",\"name\":\"n\",\"kind\":\"ops\",\"levelNames\":[\"a\"],\"codeRule\":\"NOPE\"}",
			"POST|/api/v1/layers|{\"code\":\"ok-code\",\"name\":\"n\",\"kind\":\"ops\",\"levelNames\":[\"a\"],\"sequenceDigits\":99}",
			"POST|/api/v1/layers/nosuch/import|[]",
			"POST|/api/v1/layers/nosuch/import?outsideTolerance=NaN|{}",
			"PUT|/api/v1/layers/x|{\"code\":\"y\",\"name\":\"n\",\"kind\":\"ops\",\"levelNames\":[\"a\"]}",
			"DELETE|/api/v1/layers/nosuch|" })
	void answersBadRequestsWithProblemDetails(String method, String uri, String body) {
		Response response = switch (method) {
			case "GET" -> api.get(uri);
			case "POST" -> api.post(uri, body == null ? "" : body);
			case "PUT" -> api.put(uri, body);
			default -> api.delete(uri);
		};
		assertThat(response.status()).as("%s %s -> %s", method, uri, response.body()).isBetween(400, 499);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(response.body().path("title").asString()).isNotBlank();
	}
}
