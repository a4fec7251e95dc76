package org.onegrid.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.springframework.http.HttpStatus;

/**
 * Collects the problems of one request, field by field, and refuses it as a whole: nothing is written unless
 * everything is right.
 */
final class Input {

	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	static final int MAX_NAME = 100;

	private final List<Violation> violations = new ArrayList<>();

	void add(String field, String code, String detail) {
		violations.add(new Violation(field, code, detail));
	}

	boolean has(String field) {
		return violations.stream().anyMatch(v -> v.field().equals(field));
	}

	/** A required slug; returns it stripped, or {@code null} after recording the problem. */
	String code(String value, String field) {
		String code = optional(value);
		if (code == null) {
			add(field, "REQUIRED", field + " is required");
		}
		else if (!CODE.matcher(code).matches()) {
			add(field, "PATTERN", field + " must be 1-40 lower-case letters, digits or '-', such as urban-management");
			return null;
		}
		return code;
	}

	/** An optional slug. */
	String optionalCode(String value, String field) {
		return optional(value) == null ? null : code(value, field);
	}

	/** A required name of at most {@value #MAX_NAME} characters. */
	String name(String value, String field) {
		String name = optional(value);
		if (name == null) {
			add(field, "REQUIRED", field + " is required");
		}
		else if (name.length() > MAX_NAME) {
			add(field, "SIZE", field + " must be at most " + MAX_NAME + " characters");
			return null;
		}
		return name;
	}

	/** The constant named by {@code value} in any case, or {@code null} after recording the problem. */
	<E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
		String name = optional(value);
		if (name == null) {
			add(field, "REQUIRED", field + " is required");
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name.toUpperCase(Locale.ROOT).replace('-', '_'))) {
				return constant;
			}
		}
		add(field, "UNKNOWN", "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
		return null;
	}

	static String optional(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Throws one 400 listing every problem, if there is any. */
	void failIfAny() {
		if (!violations.isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
					"The request has " + violations.size() + " problem(s); nothing was changed", violations);
		}
	}

	static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "conflict", detail);
	}
}
