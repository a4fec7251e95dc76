package org.onegrid.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.access.Grant;
import org.onegrid.api.Dates;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Urgency;

/**
 * The SQL condition for a search's filters and the caller's scope, with its named parameters. Every filter is
 * checked field by field before anything is read.
 */
final class CaseFilters {

	/** The longest text a search looks for. */
	private static final int MAX_TEXT = 100;

	final StringBuilder where = new StringBuilder("TRUE");

	final Map<String, Object> params = new LinkedHashMap<>();

	final List<Violation> violations = new ArrayList<>();

	private CaseFilters() {
	}

	static CaseFilters of(CaseQuery q, Grant grant) {
		CaseFilters f = new CaseFilters();
		if (!grant.all()) {
			f.scope(grant);
		}
		if (q.states() != null && !q.states().isEmpty()) {
			List<String> states = new ArrayList<>();
			for (String state : q.states()) {
				CaseState parsed = Fields.oneOf(CaseState.class, state, "state", true, f.violations);
				states.add(parsed == null ? "" : parsed.name());
			}
			f.where.append(" AND state IN (:states)");
			f.params.put("states", states);
		}
		f.equal("kind", Fields.oneOf(Kind.class, q.kind(), "kind", false, f.violations));
		f.channel(Fields.blankToNull(q.channel()));
		f.equal("urgency", Fields.oneOf(Urgency.class, q.urgency(), "urgency", false, f.violations));
		f.equal("light", Fields.oneOf(Light.class, q.light(), "light", false, f.violations));
		f.places(q);
		f.box(Fields.blankToNull(q.bbox()));
		if (q.open() != null) {
			f.where.append(" AND is_open = :open");
			f.params.put("open", q.open());
		}
		f.range(q.from(), "from", " AND reported_at >= :from");
		f.range(q.to(), "to", " AND reported_at < :to");
		f.text(q.text());
		f.supervised(q.supervised());
		if (Boolean.TRUE.equals(q.mine())) {
			f.where.append(" AND reported_by = :reporter");
			f.params.put("reporter", grant.username());
		}
		return f;
	}

	/**
	 * The cases matching {@code q} that {@code username} reported outside the grid {@code gridKey}: what a reader
	 * scoped to that one grid sees beyond the grid's own cases.
	 */
	static CaseFilters reportedOutside(CaseQuery q, String username, String gridKey) {
		CaseFilters f = of(q, Grant.system(username));
		f.where.append(" AND reported_by = :me AND NOT grid_keys && ARRAY[CAST(:outside AS text)]");
		f.params.put("me", username);
		f.params.put("outside", gridKey);
		return f;
	}

	/**
	 * The cases the grant reaches: those in its grids, those of its departments and those its holder reported. A part
	 * the grant does not have is left out rather than written as an overlap with nothing, so that a reader scoped by
	 * grids alone is matched on the report's columns only, through their indexes, and a search never has to join
	 * every case to its report to decide what the reader may see.
	 */
	private void scope(Grant grant) {
		StringBuilder parts = new StringBuilder("reported_by = :me");
		params.put("me", grant.username());
		if (!grant.gridKeys().isEmpty()) {
			parts.append(" OR grid_keys && string_to_array(:scopeGrids, chr(31))");
			params.put("scopeGrids", String.join("\u001f", grant.gridKeys()));
		}
		if (!grant.departments().isEmpty()) {
			parts.append(" OR departments && string_to_array(:scopeDepartments, chr(31))");
			params.put("scopeDepartments", String.join("\u001f", grant.departments()));
		}
		where.append(" AND (").append(parts).append(')');
	}

	private void places(CaseQuery q) {
		String category = Fields.blankToNull(q.category());
		if (category != null) {
			if (!category.matches("[0-9]{2}([0-9]{2})?")) {
				violations.add(new Violation("category", "PATTERN", "category is 2 (major) or 4 (minor) digits"));
			}
			where.append(" AND minor_code LIKE :category");
			params.put("category", category + "%");
		}
		String grid = Fields.blankToNull(q.grid());
		if (grid != null) {
			String layer = Fields.blankToNull(q.layer());
			if (layer == null) {
				violations.add(new Violation("layer", "REQUIRED", "layer is required with grid"));
			}
			where.append(" AND grid_keys @> ARRAY[CAST(:gridKey AS text)]");
			params.put("gridKey", layer + ":" + grid);
		}
		String department = Fields.blankToNull(q.department());
		if (department != null) {
			where.append(" AND departments @> ARRAY[CAST(:department AS text)]");
			params.put("department", department);
		}
	}

	/** Only the cases inside {@code minLon,minLat,maxLon,maxLat} (WGS-84), west to east and south to north. */
	private void box(String bbox) {
		if (bbox == null) {
			return;
		}
		String[] parts = bbox.split(",", -1);
		double[] corners = new double[4];
		boolean parsed = parts.length == 4;
		for (int i = 0; parsed && i < 4; i++) {
			try {
				corners[i] = Double.parseDouble(parts[i].strip());
				parsed = Double.isFinite(corners[i]);
			}
			catch (NumberFormatException e) {
				parsed = false;
			}
		}
		if (!parsed) {
			violations.add(new Violation("bbox", "INVALID_FORMAT", "bbox is four numbers minLon,minLat,maxLon,maxLat "
					+ "in WGS-84 degrees, such as 121.20,31.00,121.26,31.05"));
			return;
		}
		if (corners[0] < -180 || corners[2] > 180 || corners[1] < -90 || corners[3] > 90 || corners[0] > corners[2]
				|| corners[1] > corners[3]) {
			violations.add(new Violation("bbox", "OUT_OF_RANGE", "bbox goes west to east within -180..180 and south "
					+ "to north within -90..90"));
			return;
		}
		where.append(" AND lon BETWEEN :minLon AND :maxLon AND lat BETWEEN :minLat AND :maxLat");
		params.put("minLon", corners[0]);
		params.put("minLat", corners[1]);
		params.put("maxLon", corners[2]);
		params.put("maxLat", corners[3]);
	}

	/** Only the cases after the cursor's case, in the order of the search. */
	void after(CaseCursor cursor) {
		where.append(" AND ").append(cursor.condition(params));
	}

	/**
	 * A case number (its reporting day and place in that day's sequence) finds that case; other words are looked
	 * for, as typed, in the description and the address.
	 */
	private void text(String value) {
		String text = Fields.blankToNull(value);
		if (text == null) {
			return;
		}
		text = text.strip();
		if (text.length() > MAX_TEXT) {
			violations.add(new Violation("text", "SIZE", "text is at most " + MAX_TEXT + " characters"));
			return;
		}
		if (text.matches("[0-9]{8}-[0-9]{1,9}")) {
			try {
				params.put("numberDay", LocalDate.parse(text.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
				params.put("dayNumber", Long.parseLong(text.substring(9)));
				where.append(" AND number_day = :numberDay AND day_number = :dayNumber");
				return;
			}
			catch (DateTimeParseException e) {
				// not a case number after all: searched as text
			}
		}
		where.append(" AND (report->>'description' ILIKE :text ESCAPE '\\' OR report->>'address' ILIKE :text"
				+ " ESCAPE '\\')");
		params.put("text", "%" + text.replaceAll("([\\\\%_])", "\\\\$1") + "%");
	}

	/** Cases with, or without, a supervision or urging notice that is still to be answered. */
	private void supervised(Boolean value) {
		if (value == null) {
			return;
		}
		where.append(value ? " AND " : " AND NOT ").append("""
				EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(data->'notices') = 'array'
				THEN data->'notices' END) notice WHERE notice->>'answeredAt' IS NULL)""");
	}

	/** The channel a case came in on, by its code: the district's own channel, or a built-in one. */
	private void channel(String code) {
		if (code == null) {
			return;
		}
		if (code.length() > 40) {
			violations.add(new Violation("channel", "SIZE", "a channel code has at most 40 characters"));
			return;
		}
		where.append(" AND channel_code = :channelCode");
		params.put("channelCode", code.strip().toUpperCase(java.util.Locale.ROOT));
	}

	private void equal(String column, Enum<?> value) {
		if (value != null) {
			where.append(" AND ").append(column).append(" = :").append(column);
			params.put(column, value.name());
		}
	}

	private void range(String value, String field, String clause) {
		String text = Fields.blankToNull(value);
		if (text == null) {
			return;
		}
		try {
			Instant instant = Instant.parse(text);
			if (!Dates.inRange(instant)) {
				violations.add(Dates.outOfRange(field));
				return;
			}
			params.put(field, Cases.utc(instant));
			where.append(clause);
		}
		catch (DateTimeParseException e) {
			violations.add(new Violation(field, "INVALID_FORMAT", field + " is an ISO-8601 instant such as "
					+ "2026-11-02T00:00:00Z"));
		}
	}
}
