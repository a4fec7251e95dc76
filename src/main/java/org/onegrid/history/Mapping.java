package org.onegrid.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the columns of one kind of CSV export become historical cases: which column is the source's own key, where
 * the original times are and how to read them, and value maps from the source's status, agency and complaint type to
 * OneGrid's outcome, department and catalogue class. It is data, read from a YAML or JSON document by
 * {@link MappingReader}; see docs/history-import.md.
 *
 * @param name the mapping's name, such as {@code nyc311}
 * @param key the column holding the source's unique key; one key is imported once
 * @param channel the channel every imported case came in by, such as {@code HOTLINE_12345}
 * @param details channel details taken from columns: detail name to column
 * @param reported when the case was reported
 * @param dispatched when it was dispatched; the report time when absent
 * @param closed when it was closed
 * @param status the column whose values map to an outcome: {@code DISPATCHED}, {@code HANDLING} or {@code CLOSED}
 * @param department the column whose values map to department codes
 * @param category the column whose values map to catalogue classes written {@code KIND:minorCode}
 * @param lon the longitude column, when the place is not fixed
 * @param lat the latitude column, when the place is not fixed
 * @param place a point where every imported case is placed, when the source's own points lie outside the district
 * @param address the address column, if any
 * @param description the columns whose values, joined, describe the case
 * @param satisfaction the column whose values map to the citizen's answer at the callback ({@code SATISFIED},
 *        {@code MOSTLY_SATISFIED} or {@code DISSATISFIED}), if the source kept it; an empty cell is no answer
 * @param evaluated when the citizen answered the callback, if the source kept it; the close time when absent
 * @param reportedBy the column naming who found and reported each case, such as the grid worker of a patrol report,
 *        with values mapped to OneGrid usernames (a value the map does not list is read as a username itself), if the
 *        source kept it; a case with none was reported by nobody OneGrid knows, not by the account that imports it
 */
record Mapping(String name, String key, String channel, Map<String, String> details, TimeColumn reported,
		TimeColumn dispatched, TimeColumn closed, ValueMap status, ValueMap department, ValueMap category, String lon,
		String lat, Point place, String address, List<String> description, ValueMap satisfaction,
		TimeColumn evaluated, ValueMap reportedBy) {

	/** A column of times, read with a pattern in a zone. */
	record TimeColumn(String column, DateTimeFormatter format, String pattern, ZoneId zone) {
	}

	/** A column whose values map to OneGrid's codes; values not listed take {@code fallback}, or fail without one. */
	record ValueMap(String column, Map<String, String> values, String fallback) {

		String map(String value) {
			return values.getOrDefault(value.trim(), fallback);
		}
	}

	/** A fixed point, WGS 84. */
	record Point(double lon, double lat) {
	}

	/** Every column the mapping reads. */
	List<String> columns() {
		List<String> columns = new ArrayList<>();
		columns.add(key);
		columns.addAll(details.values());
		for (TimeColumn time : new TimeColumn[] { reported, dispatched, closed, evaluated }) {
			if (time != null) {
				columns.add(time.column());
			}
		}
		for (ValueMap map : new ValueMap[] { status, department, category, satisfaction, reportedBy }) {
			if (map != null) {
				columns.add(map.column());
			}
		}
		if (place == null) {
			columns.add(lon);
			columns.add(lat);
		}
		if (address != null) {
			columns.add(address);
		}
		columns.addAll(description);
		return columns;
	}
}
