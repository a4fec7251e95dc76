package org.onegrid.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onegrid.api.Violation;
import tools.jackson.databind.JsonNode;

/**
 * A single-day exception as sent: {@code {"workingDay": false, "name": "台风停工"}}. Read field by field so that a
 * wrong type or a misspelt field is named in the answer rather than taken as a default.
 *
 * @param workingDay whether the date becomes a working day ({@code true}) or a day off ({@code false})
 * @param name why, shown with the day
 */
record ExceptionRequest(Boolean workingDay, String name, List<Violation> violations) {

	private static final Set<String> FIELDS = Set.of("workingDay", "name");

	static ExceptionRequest read(JsonNode body) {
		List<Violation> violations = new ArrayList<>();
		if (body == null || !body.isObject()) {
			violations.add(new Violation("body", "NOT_OBJECT",
					"An exception is a JSON object with workingDay (true or false) and name"));
			return new ExceptionRequest(null, null, violations);
		}
		for (String field : body.propertyNames()) {
			if (!FIELDS.contains(field)) {
				violations.add(new Violation(field, "UNKNOWN_FIELD",
						"'" + field + "' is not a field of an exception; expected workingDay and name"));
			}
		}
		JsonNode working = body.get("workingDay");
		if (working == null || !working.isBoolean()) {
			violations.add(new Violation("workingDay", working == null || working.isNull() ? "REQUIRED" : "NOT_BOOLEAN",
					"workingDay must be true (the date is worked) or false (the date is a day off)"));
		}
		JsonNode name = body.get("name");
		String text = null;
		if (name == null || !name.isString() || name.stringValue().isBlank()) {
			violations.add(new Violation("name", name == null || name.isNull() || name.isString() ? "REQUIRED"
					: "NOT_STRING", "name must say why, such as 台风停工 / Closed for a typhoon"));
		}
		else if (name.stringValue().strip().length() > ScheduleDocument.MAX_NAME) {
			violations.add(new Violation("name", "SIZE", "name must be at most " + ScheduleDocument.MAX_NAME
					+ " characters"));
		}
		else {
			text = name.stringValue().strip();
		}
		return new ExceptionRequest(working != null && working.isBoolean() ? working.booleanValue() : null, text,
				List.copyOf(violations));
	}
}
