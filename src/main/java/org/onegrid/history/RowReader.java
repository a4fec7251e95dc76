package org.onegrid.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.cases.HistoricalCase;
import org.onegrid.cases.NewCase;
import org.onegrid.cases.Satisfaction;
import org.springframework.http.HttpStatus;

/**
 * Turns the rows of one CSV file into historical cases by a {@link Mapping}, and says for each row that cannot be one
 * which column is wrong and why.
 */
final class RowReader {

	private final Mapping mapping;

	private final Map<String, Integer> header = new LinkedHashMap<>();

	private final Set<String> accounts;

	/** A row that cannot be imported: its number (the header is row 0), source key, column and why. */
	record Problem(int row, String key, String column, String reason) {
	}

	/** A row read: the case, or what is wrong with it. */
	record Read(int row, String key, HistoricalCase history, List<Problem> problems) {
	}

	/**
	 * Refuses, naming the mapping's field, a mapping that reads a column the file does not have.
	 *
	 * @param accounts the usernames a row may name as its reporter
	 */
	RowReader(Mapping mapping, List<String> header, Set<String> accounts) {
		this.mapping = mapping;
		for (int i = 0; i < header.size(); i++) {
			this.header.putIfAbsent(header.get(i).trim(), i);
		}
		this.accounts = accounts;
		List<Violation> missing = mapping.columns().stream().distinct().filter(c -> !this.header.containsKey(c))
			.map(c -> new Violation("mapping", "NO_SUCH_COLUMN", "the file has no column '" + c + "'"))
			.toList();
		if (!missing.isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
					"The mapping reads columns the file does not have", missing);
		}
	}

	Read read(int row, List<String> cells) {
		String key = cell(cells, mapping.key());
		List<Problem> problems = new ArrayList<>();
		if (key.isEmpty()) {
			problems.add(new Problem(row, key, mapping.key(), "no key"));
		}
		Instant reported = time(row, key, cells, mapping.reported(), true, problems);
		Instant dispatched = time(row, key, cells, mapping.dispatched(), false, problems);
		String outcome = value(row, key, cells, mapping.status(), problems);
		Instant closed = time(row, key, cells, mapping.closed(), "CLOSED".equals(outcome), problems);
		if (closed != null && reported != null && closed.isBefore(reported)) {
			problems.add(new Problem(row, key, mapping.closed().column(), "closed (" + closed
					+ ") before it was reported (" + reported + ")"));
		}
		if (!"CLOSED".equals(outcome)) {
			closed = null;
		}
		String answer = answer(row, key, cells, outcome, problems);
		Instant evaluated = answer == null ? null : time(row, key, cells, mapping.evaluated(), false, problems);
		String department = value(row, key, cells, mapping.department(), problems);
		String category = value(row, key, cells, mapping.category(), problems);
		String reportedBy = reportedBy(row, key, cells, problems);
		Double lon = mapping.place() != null ? Double.valueOf(mapping.place().lon())
				: number(row, key, cells, mapping.lon(), problems);
		Double lat = mapping.place() != null ? Double.valueOf(mapping.place().lat())
				: number(row, key, cells, mapping.lat(), problems);
		if (!problems.isEmpty()) {
			return new Read(row, key, null, problems);
		}
		Map<String, String> details = new LinkedHashMap<>();
		mapping.details().forEach((name, column) -> details.put(name, cell(cells, column)));
		if (mapping.place() != null && mapping.lon() != null && mapping.lat() != null) {
			details.put("sourceLon", cell(cells, mapping.lon()));
			details.put("sourceLat", cell(cells, mapping.lat()));
		}
		String[] kindAndCode = category.split(":");
		String address = mapping.address() == null ? null : blankToNull(cell(cells, mapping.address()));
		String description = mapping.description().stream().map(c -> cell(cells, c)).filter(s -> !s.isBlank())
			.collect(Collectors.joining(" / "));
		NewCase report = new NewCase("history:" + key, mapping.channel(), details, null, reportedBy, kindAndCode[0],
				kindAndCode[1], null, null, null, blankToNull(description), address, lon, lat, null, null, null);
		Satisfaction satisfaction = answer == null ? null : Satisfaction.valueOf(answer);
		return new Read(row, key, new HistoricalCase(key, report, reported, dispatched, department,
				HistoricalCase.Outcome.valueOf(outcome), closed, satisfaction, evaluated), List.of());
	}

	/**
	 * The callback's answer a closed case's row gives, or {@code null}: an empty cell, or no such column mapped. An
	 * answer on a row whose status the mapping does not know is only checked against the answers' values, since
	 * the status's own problem already says why the row cannot be taken.
	 */
	private String answer(int row, String key, List<String> cells, String outcome, List<Problem> problems) {
		if (mapping.satisfaction() == null || cell(cells, mapping.satisfaction().column()).isBlank()) {
			return null;
		}
		if (outcome != null && !"CLOSED".equals(outcome)) {
			problems.add(new Problem(row, key, mapping.satisfaction().column(),
					"an answer from a callback, but the case is not closed"));
			return null;
		}
		return value(row, key, cells, mapping.satisfaction(), problems);
	}

	/**
	 * The account that found and reported the row's case, or {@code null}: an empty cell, or no such column mapped.
	 * A value the mapping does not list, with no default, is read as the username itself; either way the account
	 * must exist, so that a misspelt name credits nobody.
	 */
	private String reportedBy(int row, String key, List<String> cells, List<Problem> problems) {
		if (mapping.reportedBy() == null || cell(cells, mapping.reportedBy().column()).isBlank()) {
			return null;
		}
		String value = cell(cells, mapping.reportedBy().column());
		String mapped = mapping.reportedBy().map(value);
		String username = mapped == null ? value : mapped;
		if (!accounts.contains(username)) {
			problems.add(new Problem(row, key, mapping.reportedBy().column(), "no account '" + username + "'"));
			return null;
		}
		return username;
	}

	/** The column a field of a historical case came from, to name it in a problem. */
	String columnOf(String field) {
		String name = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		return switch (name) {
			case "kind", "minorCode" -> mapping.category().column();
			case "department" -> mapping.department().column();
			case "closedAt" -> mapping.closed() == null ? mapping.status().column() : mapping.closed().column();
			case "dispatchedAt" -> mapping.dispatched() == null ? mapping.reported().column()
					: mapping.dispatched().column();
			case "reportedAt" -> mapping.reported().column();
			case "lon" -> mapping.lon() == null ? "mapping.place" : mapping.lon();
			case "lat" -> mapping.lat() == null ? "mapping.place" : mapping.lat();
			case "address" -> mapping.address();
			case "satisfaction" -> mapping.satisfaction() == null ? "mapping" : mapping.satisfaction().column();
			case "evaluatedAt" -> mapping.evaluated() == null ? columnOf("closedAt") : mapping.evaluated().column();
			case "description" -> String.join(", ", mapping.description());
			case "reportedBy" -> mapping.reportedBy() == null ? "mapping" : mapping.reportedBy().column();
			case "channelDetails" -> field.contains(".") ? mapping.details().getOrDefault(
					field.substring(field.indexOf('.') + 1), field) : field;
			default -> field;
		};
	}

	private Instant time(int row, String key, List<String> cells, Mapping.TimeColumn time, boolean required,
			List<Problem> problems) {
		if (time == null) {
			return null;
		}
		String value = cell(cells, time.column());
		if (value.isBlank()) {
			if (required) {
				problems.add(new Problem(row, key, time.column(), "empty; a time is required"));
			}
			return null;
		}
		try {
			return LocalDateTime.parse(value, time.format()).atZone(time.zone()).toInstant();
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(row, key, time.column(), "'" + value + "' does not match " + time.pattern()));
			return null;
		}
	}

	private String value(int row, String key, List<String> cells, Mapping.ValueMap map, List<Problem> problems) {
		String value = cell(cells, map.column());
		String mapped = map.map(value);
		if (mapped == null) {
			problems.add(new Problem(row, key, map.column(), "'" + value + "' is not in the mapping's values"));
		}
		return mapped;
	}

	private Double number(int row, String key, List<String> cells, String column, List<Problem> problems) {
		String value = cell(cells, column);
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException e) {
			problems.add(new Problem(row, key, column, value.isBlank() ? "empty; a coordinate is required"
					: "'" + value + "' is not a number"));
			return null;
		}
	}

	private String cell(List<String> cells, String column) {
		Integer index = header.get(column);
		return index == null || index >= cells.size() ? "" : cells.get(index).trim();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
