package org.onegrid.profile;

import java.util.Arrays;

/** Reads a field naming one value of an enumeration, reporting the values it may take. */
final class Enums {

	private Enums() {
	}

	static <E extends Enum<E>> E of(Class<E> type, YamlMap map, String key, Problems problems) {
		String text = map.text(key, false);
		if (text == null) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(text)) {
				return value;
			}
		}
		problems.error(map.value(key), "UNKNOWN", "'" + key + "' is none of " + Arrays.toString(type.getEnumConstants())
				+ ": '" + text + "'");
		return null;
	}
}
