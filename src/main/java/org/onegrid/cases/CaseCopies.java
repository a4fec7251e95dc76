package org.onegrid.cases;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of a case that share nothing a step can change: every field is copied, lists and maps into new ones, and
 * the rest (records, enums, strings, instants) is immutable. The copy starts with no new timeline entries and no
 * events. Fields are found by reflection, so a field added to {@link Case} is copied without anyone remembering to.
 */
final class CaseCopies {

	private static final List<Field> FIELDS = Arrays.stream(Case.class.getDeclaredFields())
		.filter(field -> !Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers()))
		.peek(field -> field.setAccessible(true))
		.toList();

	private CaseCopies() {
	}

	static Case copy(Case c) {
		Case copy = new Case();
		try {
			for (Field field : FIELDS) {
				Object value = field.get(c);
				if (value instanceof List<?> list) {
					value = new ArrayList<>(list);
				}
				else if (value instanceof Map<?, ?> map) {
					value = new LinkedHashMap<>(map);
				}
				field.set(copy, value);
			}
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
		return copy;
	}
}
