package org.onegrid.api;

import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter that the endpoint does not know, field by field, instead of ignoring it: a misspelt
 * filter ({@code stat=OPEN}) would otherwise silently return everything.
 */
final class KnownParameters implements HandlerInterceptor {

	private final Map<Method, Optional<Set<String>>> known = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getPackageName().startsWith("org.onegrid.")) {
			return true;
		}
		Optional<Set<String>> names = known.computeIfAbsent(method.getMethod(), m -> namesOf(method));
		if (names.isEmpty()) {
			return true;
		}
		List<Violation> violations = new ArrayList<>();
		for (String name : namesIn(query)) {
			if (!names.get().contains(name) && violations.size() < 20) {
				violations.add(new Violation(name, "UNKNOWN_PARAMETER", "未知参数 '" + name + "' / Unknown parameter '"
						+ name + "'; this call takes " + (names.get().isEmpty() ? "no parameters" : names.get())));
			}
		}
		if (!violations.isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", violations.get(0).detail(), violations);
		}
		return true;
	}

	/** The parameter names the handler reads; empty when it takes any (a map or a bound object). */
	private static Optional<Set<String>> namesOf(HandlerMethod method) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param != null && Map.class.isAssignableFrom(type)
					|| parameter.hasParameterAnnotation(ModelAttribute.class)) {
				return Optional.empty();
			}
			if (param != null && !param.name().isEmpty()) {
				names.add(param.name());
			}
			else if (param != null || !parameter.hasParameterAnnotations() && BeanUtils.isSimpleProperty(type)) {
				names.add(parameter.getParameterName());
			}
		}
		return Optional.of(names);
	}

	private static Set<String> namesIn(String query) {
		Set<String> names = new LinkedHashSet<>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			if (!name.isEmpty()) {
				try {
					names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException e) {
					names.add(name);
				}
			}
		}
		return names;
	}
}
