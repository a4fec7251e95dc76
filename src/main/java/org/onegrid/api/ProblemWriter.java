package org.onegrid.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a refusal as problem+json from a servlet filter, in the same shape {@link ProblemHandlers} gives.
 */
final class ProblemWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ProblemWriter(MessageSource messages) {
		this.messages = messages;
	}

	void badRequest(HttpServletResponse response, Violation violation) throws IOException {
		write(response, 400, "invalid-request", violation.detail(), List.of(violation));
	}

	void tooLarge(HttpServletResponse response, long limit) throws IOException {
		String size = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
		Violation violation = new Violation("body", "TOO_LARGE",
				"The request body is larger than the " + size + " this call accepts; nothing was changed");
		write(response, 413, "payload-too-large", violation.detail(), List.of(violation));
	}

	void unavailable(HttpServletResponse response, String detail) throws IOException {
		response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		write(response, 503, "database-unavailable", detail, List.of());
	}

	private void write(HttpServletResponse response, int status, String type, String detail, List<Violation> errors)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://onegrid.org/problems/" + type);
		problem.put("title", messages.getMessage("problem." + type + ".title", null, type, Locale.ROOT));
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("errors", errors);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == 413) {
			response.setHeader("Connection", "close");
		}
		response.getWriter().write(JSON.writeValueAsString(problem));
	}
}
