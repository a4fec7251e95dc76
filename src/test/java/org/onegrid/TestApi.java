package org.onegrid;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the REST API in-process and returns status and parsed JSON body.
 */
@TestComponent
public class TestApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	TestApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	public Response get(String uri) {
		return exchange(MockMvcRequestBuilders.get(uri));
	}

	public Response post(String uri, String json) {
		return exchange(MockMvcRequestBuilders.post(uri).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public Response put(String uri, String json) {
		return exchange(MockMvcRequestBuilders.put(uri).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public Response delete(String uri) {
		return exchange(MockMvcRequestBuilders.delete(uri));
	}

	private Response exchange(MockHttpServletRequestBuilder request) {
		try {
			MvcResult result = mvc.perform(request).andReturn();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			return new Response(result.getResponse().getStatus(), result.getResponse().getContentType(),
					body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	/** A response: status, content type and body. */
	public record Response(int status, String contentType, JsonNode body) {
	}
}
