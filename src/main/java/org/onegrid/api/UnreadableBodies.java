package org.onegrid.api;

import java.util.List;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Explains a request body that could not be read, in words for the person who sent it: which field, and what it
 * should have held. Nothing of the parser's inner workings (class names, type signatures) reaches the answer.
 */
final class UnreadableBodies {

	private UnreadableBodies() {
	}

	static Violation explain(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null && !(cause instanceof JacksonException) && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (!(cause instanceof JacksonException jackson)) {
			return new Violation("body", "UNREADABLE", "The request needs a JSON body of the expected shape");
		}
		if (cause instanceof StreamReadException && !(cause instanceof MismatchedInputException)) {
			TokenStreamLocation at = jackson.getLocation();
			return new Violation("body", "UNREADABLE", "The request body is not valid JSON"
					+ (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column "
							+ at.getColumnNr() + ")"));
		}
		String field = fieldOf(jackson.getPath());
		if (cause instanceof UnrecognizedPropertyException) {
			return new Violation(field, "UNKNOWN_FIELD", field + " is not a field of this request");
		}
		if (cause instanceof InvalidTypeIdException) {
			return new Violation(field, "UNREADABLE", field + " names an unknown type");
		}
		if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			String expected = expected(mismatch.getTargetType());
			return new Violation(field, "UNREADABLE",
					(field.equals("body") ? "The request body" : field) + " must be " + expected);
		}
		return new Violation(field, "UNREADABLE", (field.equals("body") ? "The request body" : field)
				+ " does not have the expected shape");
	}

	private static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object";
		}
		String described = ParameterTypes.describe(type.getSimpleName());
		return described.equals("value") ? "a value of another kind" : "a " + described;
	}

	/** The path as {@code points[3].t}; {@code body} for the whole document. */
	static String fieldOf(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? "body" : field.toString();
	}
}
