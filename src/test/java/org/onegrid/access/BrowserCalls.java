package org.onegrid.access;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.onegrid.TestApi;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Calls made as a browser makes them, through the whole filter chain: the CSRF cookie always, its header when the
 * page sends it, and the session cookie once signed in.
 */
final class BrowserCalls {

	private final TestApi api;

	private final String csrf;

	BrowserCalls(TestApi api, String csrf) {
		this.api = api;
		this.csrf = csrf;
	}

	MvcResult perform(MockHttpServletRequestBuilder request, Cookie session, boolean withCsrfHeader)
			throws Exception {
		request.cookie(new Cookie("XSRF-TOKEN", csrf));
		if (withCsrfHeader) {
			request.header("X-XSRF-TOKEN", csrf);
		}
		if (session != null) {
			request.cookie(session);
		}
		return api.mvc().perform(request).andReturn();
	}

	static MockHttpServletRequestBuilder post(String uri, String json) {
		return MockMvcRequestBuilders.post(uri).contentType("application/json").content(json);
	}

	static JsonNode json(MvcResult result) throws Exception {
		return TestApi.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
