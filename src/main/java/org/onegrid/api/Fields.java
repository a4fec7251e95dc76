package org.onegrid.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

/**
 * Field checks shared by every module's requests; each adds a {@link Violation} instead of failing at the first.
 */
public final class Fields {

	public static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public static final int MAX_NAME = 100;

	public static final int MAX_TEXT = 2000;

	private Fields() {
	}

	/** The constant named by {@code value} (case-insensitive), or {@code null} with a violation when unknown. */
	public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, boolean required,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "REQUIRED", field + " is required"));
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		violations.add(new Violation(field, "UNKNOWN", "'" + value + "' is not one of "
				+ Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", "")));
		return null;
	}

	/** A required query parameter naming a constant; a 400 when missing or unknown. */
	public static <E extends Enum<E>> E param(Class<E> type, String value, String name) {
		List<Violation> violations = new java.util.ArrayList<>();
		E result = oneOf(type, value, name, true, violations);
		failIfAny(violations);
		return result;
	}

	public static void text(String value, String field, int max, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "REQUIRED", field + " is required"));
		}
		else if (value.strip().length() > max) {
			violations.add(new Violation(field, "SIZE", field + " must be at most " + max + " characters"));
		}
	}

	public static void department(String value, String field, List<Violation> violations) {
		if (value != null && !DEPARTMENT.matcher(value).matches()) {
			violations.add(new Violation(field, "PATTERN",
					"a department code is 1-40 lower-case letters, digits or '-', such as urban-management"));
		}
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public static String upper(String value) {
		return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	/** Throws one 400 listing every violation, if there is any. */
	public static void failIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
					"The request has " + violations.size() + " invalid field(s); nothing was changed", violations);
		}
	}
}
