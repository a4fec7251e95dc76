package org.onegrid.cases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a case's state is kept, by field, so that the aggregate needs no getters or setters: the fields marked with
 * the {@link Report} view in {@code case_report.report}, written once at intake, and those marked {@link Steps} in
 * {@code cases.data}, written at every step and read over the report.
 */
final class CaseJson {

	/** Marks the fields of {@link Case} that intake sets and no step changes. */
	interface Report {
	}

	/** Marks the fields of {@link Case} that steps change. */
	interface Steps {
	}

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.changeDefaultVisibility(visibility -> visibility.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
			.withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
			.withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Writes the fields of one view and every field marked with none, such as those of nested records, leaving out
	 * those that are null, which read back as null: a stored case holds only what it has.
	 */
	private static final JsonMapper VIEWS = MAPPER.rebuild()
		.enable(MapperFeature.DEFAULT_VIEW_INCLUSION)
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private static final ObjectWriter STEPS_WRITER = VIEWS.writerWithView(Steps.class);

	private static final ObjectWriter REPORT_WRITER = VIEWS.writerWithView(Report.class);

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private CaseJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** The fields a step may change, for {@code cases.data}. */
	static String steps(Case c) {
		return STEPS_WRITER.writeValueAsString(c);
	}

	/** The fields intake fixed, for {@code case_report.report}. */
	static String report(Case c) {
		return REPORT_WRITER.writeValueAsString(c);
	}

	/** A case from its stored report and step data, or from one document holding both. */
	static Case read(String report, String data, long id, int version) {
		Case loaded = report == null ? MAPPER.readValue(data, Case.class)
				: MAPPER.readerForUpdating(MAPPER.readValue(report, Case.class)).readValue(data);
		loaded.id = id;
		loaded.version = version;
		return loaded;
	}


	/**
	 * A timeline as the database gives it as JSON, its rows oldest first ({@code null} for none); each row's
	 * {@code at} is a time with its offset.
	 */
	static List<TimelineEntry> timeline(String json) {
		if (json == null) {
			return List.of();
		}
		List<TimelineEntry> entries = new ArrayList<>();
		for (JsonNode row : MAPPER.readTree(json)) {
			entries.add(new TimelineEntry(row.path("seq").asInt(), text(row, "action"), state(text(row, "from_state")),
					state(text(row, "to_state")), text(row, "actor"), text(row, "role"),
					OffsetDateTime.parse(row.path("at").asString()).toInstant(), text(row, "note"),
					MAPPER.convertValue(row.path("attachments"), STRINGS),
					MAPPER.convertValue(row.path("details"), OBJECT)));
		}
		return List.copyOf(entries);
	}

	private static String text(JsonNode row, String field) {
		JsonNode value = row.path(field);
		return value.isNull() || value.isMissingNode() ? null : value.asString();
	}

	private static CaseState state(String name) {
		return name == null ? null : CaseState.valueOf(name);
	}

	static List<String> strings(String json) {
		return MAPPER.readValue(json, STRINGS);
	}

	static Map<String, Object> object(String json) {
		return MAPPER.readValue(json, OBJECT);
	}
}
