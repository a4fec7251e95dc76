package org.onegrid.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.Caller;
import org.onegrid.access.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Dates in query parameters outside 2000–2100 are refused with a 400 naming the parameter, never a 500.
 */
@IntegrationTest
class DateRangeIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	SignIn signIn;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/api/v1/cases?from=-999999999-01-01T00:00:00Z|from",
			"/api/v1/cases?to=%2B999999999-12-31T23:59:59Z|to",
			"/api/v1/cases/export?from=-999999999-01-01T00:00:00Z|from",
			"/api/v1/cases/export?to=%2B999999999-12-31T23:59:59Z|to",
			"/api/v1/units/any/roster?from=%2B999999999-12-31T23:59:59Z|from",
			"/api/v1/people/1/track?date=%2B999999999-12-31|date",
			"/api/v1/people/1/track?date=-999999999-01-01|date",
			"/api/v1/calendar/days?from=-999999999-01-01&to=2026-01-01|from" })
	void refusesDatesOutOfRangeNamingTheParameter(String uri, String field) throws Exception {
		MvcResult result = api.mvc()
			.perform(MockMvcRequestBuilders.get(URI.create(uri))
				.with(asAdmin()))
			.andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
		JsonNode error = TestApi.parse(body).path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo(field);
		assertThat(error.path("code").asString()).isEqualTo("OUT_OF_RANGE");
	}

	private RequestPostProcessor asAdmin() {
		Caller caller = signIn.authenticate("admin", TestApi.ADMIN_PASSWORD);
		return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(
				caller, null, caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
	}
}
