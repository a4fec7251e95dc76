package org.onegrid.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
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

	/** A refusal from the module that took the call in: one error per field it named, else its detail. */
	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<String> refused(ApiProblem problem, HttpServletRequest request) {
		List<String> descriptions = new ArrayList<>();
		for (Object each : problem.errors() == null ? List.of() : problem.errors()) {
			if (each instanceof Violation violation) {
				descriptions.add(violation.field() + ": " + violation.detail());
			}
		}
		if (descriptions.isEmpty()) {
			descriptions.add(problem.getMessage());
		}
		return answer(problem.status(), descriptions, request);
	}

	static ResponseEntity<String> answer(HttpStatus status, String description, HttpServletRequest request) {
		return answer(status, List.of(description), request);
	}

	/**
	 * The spec names 400 for any bad input, 403 for a missing or bad key and 404 for what does not exist, so any
	 * other refusal of the input (such as a point outside every grid, which OneGrid's own API answers with 422)
	 * is a 400 here.
	 */
	private static ResponseEntity<String> answer(HttpStatus given, List<String> descriptions,
			HttpServletRequest request) {
		HttpStatus status = given.is4xxClientError() && given != HttpStatus.FORBIDDEN && given != HttpStatus.NOT_FOUND
				? HttpStatus.BAD_REQUEST : given;
		List<Map<String, Object>> errors = new ArrayList<>();
		for (String description : descriptions) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("code", status.value());
			error.put("description", description);
			errors.add(error);
		}
		return Format.ofPath(request.getRequestURI()).answer(status, "errors", errors);
	}
}
