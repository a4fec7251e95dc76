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
			"DELETE|/api/v1/layers/nosuch|",
			"POST|/api/v1/cases|{}",
			"POST|/api/v1/cases|[1]",
			"POST|/api/v1/cases|{\"lon\":\"x\"}",
			"POST|/api/v1/cases|{\"channel\":\"PATROL\",\"kind\":\"EVENT\",\"minorCode\":\"9999\",\"description\":\"d\",\"lon\":0,\"lat\":0,\"crs\":\"mars\"}",
			"GET|/api/v1/cases/abc|",
			"GET|/api/v1/cases/999999999|",
			"GET|/api/v1/cases?page=-1&size=0&from=yesterday&state=NOPE|",
			"GET|/api/v1/cases?grid=X|",
			"POST|/api/v1/cases/999999999/actions/accept|{}",
			"POST|/api/v1/cases/1/actions/fly|{}",
			"POST|/api/v1/cases/1/actions/dispatch|{\"version\":\"x\"}",
			"PUT|/api/v1/cases/states/NOPE|{}",
			"PUT|/api/v1/cases/states/CLOSED|{\"nameZh\":\"\"}",
			"PUT|/api/v1/catalogue/area-classes/ops/X|{\"areaClass\":7}",
			"DELETE|/api/v1/catalogue/area-classes/nosuch/X|",
			"POST|/api/v1/auth/login|{}",
			"POST|/api/v1/auth/login|not json",
			"POST|/api/v1/auth/tokens|{\"days\":-3}",
			"DELETE|/api/v1/auth/tokens/999999|",
			"POST|/api/v1/accounts|{\"username\":\"x\"}",
			"PUT|/api/v1/accounts/999999|{}",
			"GET|/api/v1/registry/person?q=|",
			"GET|/api/v1/registry/ufo?q=abc|",
			"POST|/api/v1/notifications/999999/read|" })
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
