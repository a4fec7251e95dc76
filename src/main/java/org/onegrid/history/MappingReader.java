package org.onegrid.history;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.http.HttpStatus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a mapping document (YAML, or JSON, which is YAML too) and refuses a bad one field by field, each field named
 * by its path in the document, such as {@code mapping.reported.format}.
 */
final class MappingReader {

	private static final Set<String> KNOWN = Set.of("name", "key", "channel", "details", "reported", "dispatched",
			"closed", "status", "department", "category", "lon", "lat", "place", "address", "description",
			"satisfaction", "evaluated", "reportedBy");

	private static final Set<String> OUTCOMES = Set.of("DISPATCHED", "HANDLING", "CLOSED");

	private static final Set<String> ANSWERS = Set.of("SATISFIED", "MOSTLY_SATISFIED", "DISSATISFIED");

	private final Map<String, Object> document;

	private final List<Violation> violations = new ArrayList<>();

	private MappingReader(Map<String, Object> document) {
		this.document = document;
	}

	/** The mapping the document describes; a 400 naming every bad field otherwise. */
	static Mapping read(String text) {
		Object parsed;
		try {
			parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text == null ? "" : text);
		}
		catch (RuntimeException e) {
			throw ApiProblem.invalidField("mapping", "UNREADABLE", "the mapping is not YAML or JSON");
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw ApiProblem.invalidField("mapping", "NOT_AN_OBJECT", "the mapping is an object of named fields");
		}
		Map<String, Object> document = new LinkedHashMap<>();
		map.forEach((k, v) -> document.put(String.valueOf(k), v));
		return new MappingReader(document).mapping();
	}

	private Mapping mapping() {
		document.keySet().stream().filter(k -> !KNOWN.contains(k))
			.forEach(k -> violations.add(new Violation("mapping." + k, "UNKNOWN", "unknown field; the fields are "
					+ KNOWN.stream().sorted().toList())));
		Mapping.Point place = point();
		Mapping mapping = new Mapping(text(document, "name", true), text(document, "key", true),
				text(document, "channel", true), strings(document, "details"), time("reported", true),
				time("dispatched", false), time("closed", false), values("status", OUTCOMES), values("department", null),
				values("category", null), text(document, "lon", place == null), text(document, "lat", place == null),
				place, text(document, "address", false), columns("description"),
				values("satisfaction", ANSWERS, false), time("evaluated", false), values("reportedBy", null, false));
		if (mapping.category() != null) {
			categories(mapping.category());
		}
		if (mapping.department() != null) {
			mapping.department().values().forEach((from, code) -> Fields.department(code,
					"mapping.department.values." + from, violations));
		}
		Fields.failIfAny(violations);
		return mapping;
	}

	private String text(Map<?, ?> in, String field, boolean required) {
		return text(in, field, required, "mapping." + field);
	}

	private String text(Map<?, ?> in, String field, boolean required, String path) {
		Object value = in.get(field);
		if (value == null || value.toString().isBlank()) {
			if (required) {
				violations.add(new Violation(path, "REQUIRED", path + " is required"));
			}
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			violations.add(new Violation(path, "NOT_TEXT", path + " is a single value"));
			return null;
		}
		return value.toString();
	}

	private Map<?, ?> object(String field, boolean required) {
		Object value = document.get(field);
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		if (value != null || required) {
			violations.add(new Violation("mapping." + field, value == null ? "REQUIRED" : "NOT_AN_OBJECT",
					"mapping." + field + " is an object" + (required ? " and required" : "")));
		}
		return null;
	}

	private Mapping.TimeColumn time(String field, boolean required) {
		Map<?, ?> in = object(field, required);
		if (in == null) {
			return null;
		}
		String path = "mapping." + field;
		String column = text(in, "column", true, path + ".column");
		String pattern = text(in, "format", true, path + ".format");
		String zone = text(in, "zone", true, path + ".zone");
		DateTimeFormatter format = null;
		ZoneId zoneId = null;
		try {
			format = pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.US);
		}
		catch (IllegalArgumentException e) {
			violations.add(new Violation(path + ".format", "PATTERN", "not a date-time pattern: " + e.getMessage()));
		}
		try {
			zoneId = zone == null ? null : ZoneId.of(zone);
		}
		catch (DateTimeException e) {
			violations.add(new Violation(path + ".zone", "UNKNOWN", "not a time zone, such as Asia/Shanghai"));
		}
		return new Mapping.TimeColumn(column, format, pattern, zoneId);
	}

	private Mapping.ValueMap values(String field, Set<String> allowed) {
		return values(field, allowed, true);
	}

	private Mapping.ValueMap values(String field, Set<String> allowed, boolean required) {
		Map<?, ?> in = object(field, required);
		if (in == null) {
			return null;
		}
		String path = "mapping." + field;
		Map<String, String> values = strings(in, "values", path + ".values");
		String fallback = text(in, "default", false, path + ".default");
		if (allowed != null) {
			values.forEach((from, to) -> {
				if (!allowed.contains(to)) {
					violations.add(new Violation(path + ".values." + from, "ONE_OF", "one of " + allowed));
				}
			});
			if (fallback != null && !allowed.contains(fallback)) {
				violations.add(new Violation(path + ".default", "ONE_OF", "one of " + allowed));
			}
		}
		return new Mapping.ValueMap(text(in, "column", true, path + ".column"), values, fallback);
	}

	private void categories(Mapping.ValueMap category) {
		category.values().forEach((from, to) -> category(to, "mapping.category.values." + from));
		if (category.fallback() != null) {
			category(category.fallback(), "mapping.category.default");
		}
	}

	private void category(String value, String path) {
		if (!value.matches("(EVENT|COMPONENT):[0-9]{4}")) {
			violations.add(new Violation(path, "PATTERN", "a catalogue class as KIND:minorCode, such as EVENT:0504"));
		}
	}

	private Map<String, String> strings(Map<?, ?> in, String field) {
		return strings(in, field, "mapping." + field);
	}

	private Map<String, String> strings(Map<?, ?> in, String field, String path) {
		Object value = in.get(field);
		Map<String, String> strings = new LinkedHashMap<>();
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> strings.put(String.valueOf(k), String.valueOf(v)));
		}
		else if (value != null) {
			violations.add(new Violation(path, "NOT_AN_OBJECT", path + " maps names to values"));
		}
		return strings;
	}

	private List<String> columns(String field) {
		Object value = document.get(field);
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(value.toString());
	}

	private Mapping.Point point() {
		Map<?, ?> in = object("place", false);
		if (in == null) {
			return null;
		}
		try {
			return new Mapping.Point(Double.parseDouble(String.valueOf(in.get("lon"))),
					Double.parseDouble(String.valueOf(in.get("lat"))));
		}
		catch (NumberFormatException e) {
			violations.add(new Violation("mapping.place", "NOT_A_POINT", "mapping.place has numbers lon and lat"));
			return null;
		}
	}
}
