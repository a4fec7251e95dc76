package org.onegrid.profile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds one entry of an exported section: fields in the format's order, absent and empty values left out. */
final class Entries {

	private final Map<String, Object> fields = new LinkedHashMap<>();

	Entries put(String key, Object value) {
		if (value != null && !(value instanceof Collection<?> c && c.isEmpty())
				&& !(value instanceof Map<?, ?> m && m.isEmpty()) && !Boolean.FALSE.equals(value)) {
			fields.put(key, value);
		}
		return this;
	}

	Map<String, Object> map() {
		return fields;
	}
}
