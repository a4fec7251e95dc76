package org.onegrid.profile;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one YAML map of a bundle: each field by name, with every wrong type reported at its line, and every key the
 * format does not know refused as not supported yet, so that nothing a district writes is silently ignored.
 */
final class YamlMap {

	private final Value map;

	private final Problems problems;

	YamlMap(Value map, String what, Problems problems, String... known) {
		this.map = map;
		this.problems = problems;
		if (!map.isNull() && !(map.raw() instanceof java.util.Map)) {
			problems.error(map, "NOT_A_MAP", what + " must be a map of fields");
			return;
		}
		Set<String> allowed = Set.of(known);
		map.entries().forEach((key, value) -> {
			if (!allowed.contains(key)) {
				problems.error(value.line() == 0 ? map : value, "NOT_SUPPORTED", "'" + key + "' in " + what
						+ " is not supported yet (known: " + String.join(", ", known) + "); see docs/profiles.md");
			}
		});
	}

	Value at() {
		return map;
	}

	int line() {
		return map.line();
	}

	String file() {
		return map.file();
	}

	boolean has(String key) {
		Value value = map.entries().get(key);
		return value != null && !value.isNull();
	}

	Value value(String key) {
		Value value = map.entries().get(key);
		return value == null ? new Value(map.file(), map.line(), null) : value;
	}

	String text(String key, boolean required) {
		Value value = value(key);
		if (value.isNull()) {
			if (required) {
				problems.error(map, "REQUIRED", "'" + key + "' is required");
			}
			return null;
		}
		if (value.text() == null) {
			problems.error(value, "NOT_TEXT", "'" + key + "' must be a single value, not a list or map");
			return null;
		}
		return value.text().strip();
	}

	Integer integer(String key, boolean required) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		if (!text.matches("-?\\d{1,9}")) {
			problems.error(value(key), "NOT_A_NUMBER", "'" + key + "' must be a whole number, not '" + text + "'");
			return null;
		}
		return Integer.valueOf(text);
	}

	/** A time of day such as {@code '08:00'} (or {@code '8:00'}), reported at its line when it is none. */
	LocalTime time(String key, boolean required) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		try {
			return LocalTime.parse(text.length() == 4 ? "0" + text : text);
		}
		catch (DateTimeParseException e) {
			problems.error(value(key), "TIME_FORMAT", "'" + key + "' is a time of day such as 08:00");
			return null;
		}
	}

	Boolean flag(String key) {
		String text = text(key, false);
		if (text == null) {
			return null;
		}
		if (!text.equals("true") && !text.equals("false")) {
			problems.error(value(key), "NOT_A_FLAG", "'" + key + "' must be true or false");
			return null;
		}
		return Boolean.valueOf(text);
	}

	/** A list of values; a missing key is an empty list. */
	List<Value> list(String key, boolean required) {
		Value value = value(key);
		if (value.isNull()) {
			if (required) {
				problems.error(map, "REQUIRED", "'" + key + "' is required");
			}
			return List.of();
		}
		if (!(value.raw() instanceof List)) {
			problems.error(value, "NOT_A_LIST", "'" + key + "' must be a list");
			return List.of();
		}
		return value.items();
	}

	/** A list of single values, such as level names or role codes. */
	List<String> texts(String key, boolean required) {
		List<String> texts = new ArrayList<>();
		for (Value item : list(key, required)) {
			if (item.text() == null) {
				problems.error(item, "NOT_TEXT", "every entry of '" + key + "' must be a single value");
			}
			else {
				texts.add(item.text().strip());
			}
		}
		return texts;
	}
}
