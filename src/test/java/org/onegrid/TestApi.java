package org.onegrid;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.onegrid.access.Caller;
import org.onegrid.access.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the REST API in-process and returns status and parsed JSON body.
 */
@TestComponent
public class TestApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static volatile RequestPostProcessor admin;

	/**
	 * A CSRF token sent as the browser does, cookie and header. (Spring Security's own {@code csrf()} test helper
	 * would change the running server's token repository, which the browser tests share.)
	 */
	private static final String CSRF = "test-csrf-token";

	/** The name of the session cookie. */
	public static final String SESSION_COOKIE = "SESSION";

	/** The password of the admin account the tests' configuration creates. */
	public static final String ADMIN_PASSWORD = "test-admin-password";

	private final MockMvc mvc;

	private final SignIn signIn;

	private final RequestPostProcessor as;

	@Autowired
	TestApi(MockMvc mvc, SignIn signIn) {
		this(mvc, signIn, null);
	}

	private TestApi(MockMvc mvc, SignIn signIn, RequestPostProcessor as) {
		this.mvc = mvc;
		this.signIn = signIn;
		this.as = as;
	}

	/** The same calls made as another account, signed in with its password. */
	public TestApi as(String username, String password) {
		Caller caller = signIn.authenticate(username, password);
		return new TestApi(mvc, signIn, SecurityMockMvcRequestPostProcessors.authentication(
				UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.roles().stream()
					.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
					.toList())));
	}

	/** The same calls made without signing in. */
	public TestApi anonymous() {
		return new TestApi(mvc, signIn, SecurityMockMvcRequestPostProcessors.anonymous());
	}

	/** The same calls made with {@code Authorization: Bearer token} and no session. */
	public TestApi withToken(String token) {
		return new TestApi(mvc, signIn, request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		});
	}

	/** The MockMvc under the calls, for tests of sessions and CSRF themselves. */
	public MockMvc mvc() {
		return mvc;
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

	/** PUTs a body of another type, such as {@code text/plain}. */
	public Response put(String uri, String body, MediaType type) {
		return exchange(MockMvcRequestBuilders.put(uri).contentType(type).content(body));
	}

	/** POSTs a body of another type, such as {@code text/csv}. */
	public Response post(String uri, String body, MediaType type) {
		return exchange(MockMvcRequestBuilders.post(uri).contentType(type).content(body));
	}

	/** POSTs a multipart form with one file (field {@code file}) and the given text fields (name, value, …). */
	public Response upload(String uri, String fileName, byte[] file, String... fields) {
		var request = MockMvcRequestBuilders.multipart(uri)
			.file(new MockMultipartFile("file", fileName, "text/csv", file));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return exchange(request);
	}

	public Response delete(String uri) {
		return exchange(MockMvcRequestBuilders.delete(uri));
	}

	/** GETs a non-JSON answer, such as a CSV export, as text. */
	public TextResponse getText(String uri) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(uri);
		authorise(request);
		try {
			MvcResult result = mvc.perform(request).andReturn();
			if (result.getRequest().isAsyncStarted()) {
				result = mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
			}
			return new TextResponse(result.getResponse().getStatus(),
					result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** GETs a file, such as a spreadsheet, as bytes, sending the given request headers (name, value, …). */
	public BinaryResponse getBytes(String uri, String... headers) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(uri);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		authorise(request);
		try {
			MvcResult result = mvc.perform(request).andReturn();
			boolean async = result.getRequest().isAsyncStarted();
			if (async) {
				result = mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
			}
			return new BinaryResponse(result.getResponse().getStatus(), result.getResponse().getContentType(),
					result.getResponse().getHeader("Content-Disposition"), async,
					result.getResponse().getContentAsByteArray());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void authorise(AbstractMockHttpServletRequestBuilder<?> request) {
		RequestPostProcessor caller = as;
		if (caller == null) {
			caller = admin == null ? (admin = as("admin", ADMIN_PASSWORD).as) : admin;
		}
		request.with(caller).cookie(new Cookie("XSRF-TOKEN", CSRF)).header("X-XSRF-TOKEN", CSRF);
	}

	private Response exchange(AbstractMockHttpServletRequestBuilder<?> request) {
		authorise(request);
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

	/**
	 * The session cookie a sign-in answered with, to send with the session's later requests: sessions live in the
	 * database, so a test carries the cookie as a browser does.
	 */
	public static Cookie sessionOf(MvcResult signIn) {
		Cookie session = signIn.getResponse().getCookie(SESSION_COOKIE);
		if (session == null) {
			throw new IllegalStateException("The answer set no " + SESSION_COOKIE + " cookie");
		}
		return session;
	}

	public static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	/** A text response. */
	public record TextResponse(int status, String body) {
	}

	/** A file response: status, content type, disposition, whether it was streamed asynchronously, and bytes. */
	public record BinaryResponse(int status, String contentType, String disposition, boolean streamed, byte[] body) {
	}

	/** A response: status, content type and body. */
	public record Response(int status, String contentType, JsonNode body) {
	}
}
