package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of OneGrid declares who may call it, on which data and how it is recorded; and the declared audit
 * class is what the audit log actually receives.
 */
@IntegrationTest
class EndpointRulesIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	/** OneGrid's own endpoints, as method and path pattern, with their handler. */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.onegrid")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method, pattern, entry.getValue(),
							entry.getKey().getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
								.orElse(MediaType.APPLICATION_JSON)));
				}
			}
		}
		assertThat(endpoints).hasSizeGreaterThan(90);
		return endpoints;
	}

	@Test
	void everyEndpointDeclaresItsRule() {
		List<String> undeclared = endpoints().stream()
			.filter(endpoint -> endpoint.allow() == null)
			.map(Endpoint::toString)
			.toList();
		assertThat(undeclared).as("endpoints without @Allow").isEmpty();
	}

	@Test
	void everyChangeDeclaresHowItIsRecorded() {
		List<String> unrecorded = endpoints().stream()
			.filter(endpoint -> endpoint.allow() != null && endpoint.changes()
					&& endpoint.allow().audit() == AuditClass.NONE)
			.map(Endpoint::toString)
			.toList();
		assertThat(unrecorded).as("changing endpoints with audit NONE").isEmpty();
	}

	@Test
	void scopesThatNameOneObjectSayWhichParameterNamesIt() {
		List<String> unnamed = endpoints().stream()
			.filter(endpoint -> endpoint.allow() != null && endpoint.allow().on().length == 0
					&& Set.of(AccessScope.PERSON, AccessScope.UNIT, AccessScope.GRID)
						.contains(endpoint.allow().scope()))
			.map(Endpoint::toString)
			.toList();
		assertThat(unnamed).isEmpty();
	}

	@Test
	void everyLoggedChangeWritesItsAuditClass() {
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.allow() == null || !endpoint.changes() || !endpoint.allow().audit().logged()) {
				continue;
			}
			String uri = endpoint.example();
			long before = lastAuditId();
			String body = endpoint.handler().getMethod().toString().contains("java.util.List") ? "[]" : "{}";
			int status = switch (endpoint.method()) {
				case POST -> api.post(uri, body, endpoint.consumes()).status();
				case PUT -> api.put(uri, body).status();
				case DELETE -> api.delete(uri).status();
				default -> throw new IllegalStateException(endpoint.toString());
			};
			assertThat(status).as(endpoint + " answered").isLessThan(500);
			List<String> classes = jdbc.sql("SELECT details ->> 'class' FROM audit_log WHERE id > ? AND target = ?")
				.params(before, endpoint.method() + " " + uri)
				.query(String.class)
				.list();
			assertThat(classes).as(endpoint + " audited as").containsExactly(endpoint.allow().audit().name());
		}
	}

	private long lastAuditId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();
	}

	/** One method and path of a handler. */
	record Endpoint(RequestMethod method, String pattern, HandlerMethod handler, MediaType consumes) {

		Allow allow() {
			return handler.getMethodAnnotation(Allow.class);
		}

		boolean changes() {
			return method != RequestMethod.GET && method != RequestMethod.HEAD;
		}

		/** The path with each variable filled in by a value its pattern accepts. */
		String example() {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder uri = new StringBuilder();
			while (matcher.find()) {
				String value = matcher.group(2) != null && matcher.group(2).contains("0-9") ? "0000" : "0";
				matcher.appendReplacement(uri, value);
			}
			matcher.appendTail(uri);
			return uri.toString();
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}
}
