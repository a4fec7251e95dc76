package org.onegrid.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.onegrid.api.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every refusal of an Open311 call as the spec asks: a list of errors, each with the HTTP status as its
 * code and a description, in the format the path asks for, instead of OneGrid's own problem documents.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = Open311Controller.class)
class Open311Errors {

	@ExceptionHandler(Open311Failure.class)
	ResponseEntity<String> refused(Open311Failure failure, HttpServletRequest request) {
		return answer(failure.status(), failure.getMessage(), request);
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<String> refused(ApiProblem problem, HttpServletRequest request) {
		return answer(problem.status(), problem.getMessage(), request);
	}

	static ResponseEntity<String> answer(HttpStatus status, String description, HttpServletRequest request) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		return Format.ofPath(request.getRequestURI()).answer(status, "errors", List.of(error));
	}
}
