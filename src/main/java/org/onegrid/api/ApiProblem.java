package org.onegrid.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal caused by the client's request, answered as {@code application/problem+json}.
 * <p>
 * The {@code type} is a short slug (for example {@code import-rejected}); the title comes from the message bundle
 * {@code problem.<type>.title}, so that it reads in Chinese first and English second. {@code errors} lists every
 * individual problem, so that a client can fix them all at once.
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final transient List<?> errors;

	private final transient Map<String, Object> properties = new LinkedHashMap<>();

	/** The most errors one answer lists; the rest are counted in {@code moreErrors}. */
	public static final int MOST_ERRORS = 100;

	public ApiProblem(HttpStatus status, String type, String detail, List<?> errors) {
		super(errors.size() > MOST_ERRORS ? detail + " (the first " + MOST_ERRORS + " of " + errors.size()
				+ " problems are listed)" : detail);
		this.status = status;
		this.type = type;
		this.errors = List.copyOf(errors.size() > MOST_ERRORS ? errors.subList(0, MOST_ERRORS) : errors);
		if (errors.size() > MOST_ERRORS) {
			properties.put("moreErrors", errors.size() - MOST_ERRORS);
		}
	}

	public ApiProblem(HttpStatus status, String type, String detail) {
		this(status, type, detail, List.of());
	}

	/** A 404 for a resource that does not exist (or that the caller may not know exists). */
	public static ApiProblem notFound(String what, String id) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", what + " '" + id + "' does not exist");
	}

	/** A 400 for a single invalid field. */
	public static ApiProblem invalidField(String field, String code, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", detail,
				List.of(new Violation(field, code, detail)));
	}

	/** Adds a member to the problem document, such as the current state of a resource in a conflict. */
	public ApiProblem with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	public Map<String, Object> properties() {
		return Map.copyOf(properties);
	}

	public HttpStatus status() {
		return status;
	}

	public String type() {
		return type;
	}

	public List<?> errors() {
		return errors;
	}
}
