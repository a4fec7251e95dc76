package org.onegrid.access;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes 401 and 403 answers from the security filters as problem+json, like every other error.
 */
@Component
class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, e) -> write(response, 401, "unauthenticated",
				"请先登录,或提供有效的 API 令牌 / Sign in, or send a valid API token");
	}

	AccessDeniedHandler forbidden() {
		return (request, response, e) -> write(response, 403, "forbidden",
				request.getAttribute("org.springframework.security.web.csrf.CsrfToken") != null
						&& e.getClass().getSimpleName().contains("Csrf")
								? "缺少或无效的 CSRF 令牌 / Missing or invalid CSRF token (send X-XSRF-TOKEN)"
								: "无权访问 / You may not do this");
	}

	void write(HttpServletResponse response, int status, String type, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://onegrid.org/problems/" + type);
		problem.put("title", messages.getMessage("problem." + type + ".title", null, type, Locale.ROOT));
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("errors", List.of());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}
}
