package org.onegrid.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.onegrid.calendar.ScheduleDocument.Format;
import tools.jackson.databind.JsonNode;

/**
 * Reads a schedule document in any of its formats into a {@link ScheduleDocument}, checking every field's type and
 * refusing fields the format does not have, so that a misspelt field is reported rather than ignored.
 */
final class ScheduleReader {

	private static final Set<String> HOLIDAY_CN_FIELDS = Set.of("$schema", "$id", "year", "papers", "days");

	private static final Set<String> DAY_FIELDS = Set.of("name", "date", "isOffDay");

	private static final Set<String> LIST_FIELDS = Set.of("year", "offDays", "workDays");

	private static final Set<String> OFF_WORDS = Set.of("off", "休", "holiday");

	private static final Set<String> WORK_WORDS = Set.of("work", "班", "workday");

	private static final int MAX_PAPERS = 20;

	private static final int MAX_ADDRESS = 500;

	private ScheduleReader() {
	}

	/** A JSON document: holiday-cn's when it has {@code days}, the plain list otherwise. */
	static ScheduleDocument json(Year year, JsonNode root) {
		if (root == null || !root.isObject()) {
			ScheduleDocument document = new ScheduleDocument(year, Format.HOLIDAY_CN);
			document.refuse("body", "NOT_OBJECT", "The schedule must be a JSON object with 'days' (holiday-cn) "
					+ "or 'offDays'/'workDays' (a plain list)");
			return document;
		}
		boolean holidayCn = root.has("days") || !(root.has("offDays") || root.has("workDays"));
		ScheduleDocument document = new ScheduleDocument(year, holidayCn ? Format.HOLIDAY_CN : Format.LIST);
		onlyFields(document, root, "", holidayCn ? HOLIDAY_CN_FIELDS : LIST_FIELDS);
		checkYear(document, root.get("year"), holidayCn);
		if (holidayCn) {
			papers(document, root.get("papers"));
			if (root.path("days").isMissingNode() || root.path("days").isNull()) {
				document.refuse("days", "REQUIRED",
						"Give 'days' (the holiday-cn format) or 'offDays' and 'workDays' (a plain list)");
			}
			JsonNode days = array(document, root.get("days"), "days", false);
			for (int i = 0; days != null && i < days.size(); i++) {
				day(document, days.get(i), "days[" + i + "]");
			}
			document.requireDates("days");
		}
		else {
			dates(document, root.get("offDays"), "offDays", true);
			dates(document, root.get("workDays"), "workDays", false);
			document.requireDates("offDays");
		}
		return document;
	}

	/** Text lines {@code <date> <off|work|休|班> [name]}; blank lines and lines starting with # are skipped. */
	static ScheduleDocument lines(Year year, String text) {
		ScheduleDocument document = new ScheduleDocument(year, Format.LINES);
		String[] lines = text == null ? new String[0] : text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String field = "lines[" + (i + 1) + "]";
			String[] parts = line.split("[\\s,;]+", 3);
			Boolean offDay = parts.length < 2 ? null : kindWord(parts[1]);
			if (offDay == null) {
				document.refuse(field, "INVALID_LINE",
						"'" + line + "' is not '<YYYY-MM-DD> <off|work> [name]' (休 and 班 are understood too)");
				continue;
			}
			LocalDate date = document.date(parts[0], field);
			String name = parts.length > 2 ? parts[2].strip() : null;
			if (date != null && checkName(document, name, field)) {
				document.name(date, name, offDay, field);
			}
		}
		document.requireDates("body");
		return document;
	}

	private static Boolean kindWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return OFF_WORDS.contains(lower) ? Boolean.TRUE : WORK_WORDS.contains(lower) ? Boolean.FALSE : null;
	}

	private static void onlyFields(ScheduleDocument document, JsonNode node, String prefix, Set<String> allowed) {
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				document.refuse(prefix.isEmpty() ? name : prefix + "." + name, "UNKNOWN_FIELD",
						"'" + name + "' is not a field of this format; expected " + String.join(", ", allowed.stream()
							.sorted()
							.toList()));
			}
		}
	}

	private static void checkYear(ScheduleDocument document, JsonNode year, boolean required) {
		if (year == null || year.isNull()) {
			if (required) {
				document.refuse("year", "REQUIRED", "year is required");
			}
		}
		else if (!year.isIntegralNumber() || !year.canConvertToInt()) {
			document.refuse("year", "NOT_INTEGER", "year must be a whole number such as " + document.year);
		}
		else if (year.intValue() != document.year.getValue()) {
			document.refuse("year", "YEAR_MISMATCH",
					"The document is for " + year.intValue() + " but is being loaded as " + document.year);
		}
	}

	private static void papers(ScheduleDocument document, JsonNode papers) {
		JsonNode array = array(document, papers, "papers", false);
		if (array == null) {
			return;
		}
		if (array.size() > MAX_PAPERS) {
			document.refuse("papers", "TOO_MANY", "At most " + MAX_PAPERS + " notices can be listed");
			return;
		}
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode paper = array.get(i);
			if (!paper.isString() || paper.stringValue().isBlank() || paper.stringValue().length() > MAX_ADDRESS) {
				document.refuse("papers[" + i + "]", "NOT_STRING",
						"Each notice is an address of at most " + MAX_ADDRESS + " characters");
			}
			else {
				addresses.add(paper.stringValue().strip());
			}
		}
		document.papers(addresses);
	}

	private static void day(ScheduleDocument document, JsonNode day, String field) {
		if (!day.isObject()) {
			document.refuse(field, "NOT_OBJECT", "Each day is an object with name, date and isOffDay");
			return;
		}
		onlyFields(document, day, field, DAY_FIELDS);
		JsonNode name = day.get("name");
		String holiday = null;
		if (name == null || !name.isString() || name.stringValue().isBlank()) {
			document.refuse(field + ".name", name == null || name.isString() ? "REQUIRED" : "NOT_STRING",
					"name must be the holiday's name as text, such as 元旦");
		}
		else if (checkName(document, name.stringValue(), field + ".name")) {
			holiday = name.stringValue().strip();
		}
		LocalDate date = dateField(document, day.get("date"), field + ".date");
		JsonNode offDay = day.get("isOffDay");
		if (offDay == null || !offDay.isBoolean()) {
			document.refuse(field + ".isOffDay", offDay == null ? "REQUIRED" : "NOT_BOOLEAN",
					"isOffDay must be true (a day off) or false (a make-up working day)");
		}
		else if (holiday != null && date != null) {
			document.name(date, holiday, offDay.booleanValue(), field + ".date");
		}
	}

	private static void dates(ScheduleDocument document, JsonNode list, String field, boolean offDay) {
		JsonNode array = array(document, list, field, false);
		for (int i = 0; array != null && i < array.size(); i++) {
			LocalDate date = dateField(document, array.get(i), field + "[" + i + "]");
			if (date != null) {
				document.name(date, null, offDay, field + "[" + i + "]");
			}
		}
	}

	private static LocalDate dateField(ScheduleDocument document, JsonNode date, String field) {
		if (date == null || !date.isString()) {
			document.refuse(field, date == null ? "REQUIRED" : "NOT_STRING", "A date is text written as YYYY-MM-DD");
			return null;
		}
		return document.date(date.stringValue(), field);
	}

	private static JsonNode array(ScheduleDocument document, JsonNode node, String field, boolean required) {
		if (node == null || node.isNull()) {
			if (required) {
				document.refuse(field, "REQUIRED", field + " is required");
			}
			return null;
		}
		if (!node.isArray()) {
			document.refuse(field, "NOT_ARRAY", field + " must be a list");
			return null;
		}
		if (node.size() > ScheduleDocument.MAX_DATES) {
			document.refuse(field, "TOO_MANY", "At most " + ScheduleDocument.MAX_DATES + " entries can be listed");
			return null;
		}
		return node;
	}

	private static boolean checkName(ScheduleDocument document, String name, String field) {
		if (name != null && name.strip().length() > ScheduleDocument.MAX_NAME) {
			document.refuse(field, "SIZE", "A holiday's name is at most " + ScheduleDocument.MAX_NAME + " characters");
			return false;
		}
		return true;
	}
}
