package org.onegrid.profile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.onegrid.OneGridApplication;
import org.onegrid.SeparateDatabase;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.Caller;
import org.onegrid.access.SignIn;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A OneGrid of its own on an empty database, without the demo district (no {@code demo} profile): only what a fresh
 * installation ships (default roles, departments, platforms and catalogue). Calls its REST API as a browser does,
 * as the administrator or as any account signed in with its password. Its clock is a {@link TestClock}.
 */
final class EmptyInstallation implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CSRF = "test-csrf-token";

	final ConfigurableApplicationContext context;

	final TestClock clock;

	private final MockMvc mvc;

	private final RequestPostProcessor caller;

	private EmptyInstallation(ConfigurableApplicationContext context, MockMvc mvc, RequestPostProcessor caller) {
		this.context = context;
		this.clock = context.getBean(TestClock.class);
		this.mvc = mvc;
		this.caller = caller;
	}

	static EmptyInstallation start(String name) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(OneGridApplication.class,
				FixedClock.class)
			.web(WebApplicationType.SERVLET)
			.run(with(SeparateDatabase.arguments(name), "--server.port=0"));
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		var installation = new EmptyInstallation(context, mvc, null);
		return installation.as("admin", TestApi.ADMIN_PASSWORD);
	}

	/** The same installation called as another account, signed in with its password. */
	EmptyInstallation as(String username, String password) {
		Caller signedIn = context.getBean(SignIn.class).authenticate(username, password);
		return new EmptyInstallation(context, mvc, SecurityMockMvcRequestPostProcessors.authentication(
				UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.roles().stream()
					.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
					.toList())));
	}

	TestApi.Response get(String uri) {
		return call(MockMvcRequestBuilders.get(uri));
	}

	TestApi.Response post(String uri, String json) {
		return call(MockMvcRequestBuilders.post(uri).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	TestApi.Response put(String uri, String json) {
		return call(MockMvcRequestBuilders.put(uri).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	TestApi.Response delete(String uri) {
		return call(MockMvcRequestBuilders.delete(uri));
	}

	TestApi.Response postZip(String uri, byte[] zip) {
		return call(MockMvcRequestBuilders.post(uri).contentType("application/zip").content(zip));
	}

	/** Posts the bundle's files in the JSON form. */
	TestApi.Response postFiles(String uri, Map<String, String> files) {
		return post(uri, JSON.writeValueAsString(Map.of("files", files)));
	}

	byte[] getBytes(String uri) {
		MvcResult result = perform(MockMvcRequestBuilders.get(uri));
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(uri + " answered " + result.getResponse().getStatus());
		}
		return result.getResponse().getContentAsByteArray();
	}

	private TestApi.Response call(MockHttpServletRequestBuilder request) {
		MvcResult result = perform(request);
		try {
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			return new TestApi.Response(result.getResponse().getStatus(), result.getResponse().getContentType(),
					body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) {
		if (caller != null) {
			request.with(caller);
		}
		request.cookie(new Cookie("XSRF-TOKEN", CSRF)).header("X-XSRF-TOKEN", CSRF);
		try {
			return mvc.perform(request).andReturn();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	JsonNode json(String text) {
		return JSON.readTree(text);
	}

	@Override
	public void close() {
		context.close();
	}

	private static String[] with(String[] arguments, String extra) {
		String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
		all[arguments.length] = extra;
		return all;
	}

	/** The installation's clock, which the tests set. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
