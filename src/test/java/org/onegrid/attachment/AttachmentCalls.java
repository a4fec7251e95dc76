package org.onegrid.attachment;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.onegrid.TestApi;
import org.onegrid.access.Caller;
import org.onegrid.access.SignIn;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Uploads and downloads attachments as one signed-in account would, through the running application.
 */
public final class AttachmentCalls {

	private static final String CSRF = "attachment-csrf-token";

	private final MockMvc mvc;

	private final RequestPostProcessor caller;

	private AttachmentCalls(MockMvc mvc, RequestPostProcessor caller) {
		this.mvc = mvc;
		this.caller = caller;
	}

	public static AttachmentCalls as(MockMvc mvc, SignIn signIn, String username, String password) {
		Caller caller = signIn.authenticate(username, password);
		return new AttachmentCalls(mvc, SecurityMockMvcRequestPostProcessors.authentication(
				UsernamePasswordAuthenticationToken.authenticated(caller, null,
						caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList())));
	}

	public static AttachmentCalls anonymous(MockMvc mvc) {
		return new AttachmentCalls(mvc, SecurityMockMvcRequestPostProcessors.anonymous());
	}

	/** Uploads one file in the multipart field {@code file}, or none when {@code bytes} is {@code null}. */
	public Answer upload(String name, String contentType, byte[] bytes) {
		var request = MockMvcRequestBuilders.multipart("/api/v1/attachments");
		if (bytes != null) {
			request.file(new MockMultipartFile("file", name, contentType, bytes));
		}
		else {
			request.file(new MockMultipartFile("other", "other.txt", "text/plain", new byte[] { 1 }));
		}
		return perform(request);
	}

	/** Uploads the file and returns the address the answer gives it, failing unless it was stored. */
	public String uploaded(String name, String contentType, byte[] bytes) {
		Answer answer = upload(name, contentType, bytes);
		if (answer.status() != 201) {
			throw new AssertionError("upload answered " + answer.status() + ": " + answer.text());
		}
		return answer.json().path("url").asString();
	}

	public Answer download(String url) {
		return perform(MockMvcRequestBuilders.get(url));
	}

	private Answer perform(AbstractMockHttpServletRequestBuilder<?> request) {
		request.with(caller).cookie(new Cookie("XSRF-TOKEN", CSRF)).header("X-XSRF-TOKEN", CSRF);
		try {
			return new Answer(mvc.perform(request).andReturn().getResponse());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** An answer: status, headers and body. */
	public record Answer(MockHttpServletResponse response) {

		public int status() {
			return response.getStatus();
		}

		public String header(String name) {
			return response.getHeader(name);
		}

		public String contentType() {
			return response.getHeader(HttpHeaders.CONTENT_TYPE);
		}

		public byte[] bytes() {
			return response.getContentAsByteArray();
		}

		public String text() {
			return new String(bytes(), StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return TestApi.parse(text());
		}
	}
}
