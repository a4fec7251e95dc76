package org.onegrid.cases;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a case's state is kept in its row's {@code data} column: every field of {@link Case}, by field, so that the
 * aggregate needs no getters or setters.
 */
final class CaseJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.changeDefaultVisibility(visibility -> visibility.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
			.withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
			.withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** Rows for the statements of {@link CaseStatements}, whose columns are named in snake case. */
	private static final JsonMapper ROWS = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private CaseJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static String rows(List<CaseStatements.Row> rows) {
		return ROWS.writeValueAsString(rows);
	}

	static Case read(String json, long id, int version) {
		Case loaded = MAPPER.readValue(json, Case.class);
		loaded.id = id;
		loaded.version = version;
		return loaded;
	}

	static List<String> strings(String json) {
		return MAPPER.readValue(json, STRINGS);
	}

	static Map<String, Object> object(String json) {
		return MAPPER.readValue(json, OBJECT);
	}
}
