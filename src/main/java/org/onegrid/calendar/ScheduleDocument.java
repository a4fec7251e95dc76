package org.onegrid.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onegrid.api.Violation;

/**
 * A year's holiday schedule as an administrator sent it, checked date by date while it is read: each date must be a
 * real ISO date of the year (or of the December before or the January after it, for a holiday spanning New Year),
 * named once only. Every problem is kept with the place it was found, so the whole document can be refused with
 * one answer that lists them all.
 */
final class ScheduleDocument {

	/** The formats a schedule can be sent in. */
	enum Format {

		/** holiday-cn's JSON: {@code {"year":2027,"papers":[…],"days":[{"name","date","isOffDay"}…]}}. */
		HOLIDAY_CN("holiday-cn"),

		/** A plain JSON list: {@code {"year":2027,"offDays":["2027-01-01",…],"workDays":[…]}}. */
		LIST("list"),

		/** Text, one date a line: {@code 2027-01-01 off 元旦} or {@code 2027-02-06 work 春节} ({@code 休}/{@code 班}). */
		LINES("lines");

		final String code;

		Format(String code) {
			this.code = code;
		}
	}

	/** More than any published year has (about 40), few enough to answer quickly. */
	static final int MAX_DATES = 200;

	static final int MAX_NAME = 100;

	private static final int MAX_VIOLATIONS = 100;

	final Year year;

	final Format format;

	private final Map<LocalDate, HolidaySchedule.Entry> days = new TreeMap<>();

	private final Map<LocalDate, String> namedAt = new HashMap<>();

	private final List<Violation> violations = new ArrayList<>();

	private List<String> papers = List.of();

	ScheduleDocument(Year year, Format format) {
		this.year = year;
		this.format = format;
	}

	void refuse(String field, String code, String detail) {
		if (violations.size() < MAX_VIOLATIONS) {
			violations.add(new Violation(field, code, detail));
		}
	}

	/** The date written at {@code field}, or {@code null} after recording why it is not one of this year's. */
	LocalDate date(String text, String field) {
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			refuse(field, "INVALID_DATE", "'" + text + "' is not a date written as YYYY-MM-DD");
			return null;
		}
		if (date.isBefore(YearSchedule.firstDate(year)) || date.isAfter(YearSchedule.lastDate(year))) {
			refuse(field, "OUTSIDE_YEAR", date + " is not in " + year + "; a schedule names dates of its own year, "
					+ "or of the December before or January after it for a holiday that spans New Year");
			return null;
		}
		return date;
	}

	/** Records {@code date} as named at {@code field}, refusing a date named twice. */
	void name(LocalDate date, String holiday, boolean offDay, String field) {
		String earlier = namedAt.putIfAbsent(date, field);
		if (earlier != null) {
			refuse(field, "DUPLICATE", date + " is already named at " + earlier);
			return;
		}
		days.put(date, new HolidaySchedule.Entry(holiday, offDay));
	}

	void papers(List<String> addresses) {
		papers = List.copyOf(addresses);
	}

	/** Refuses a document that names no date: it would mark the year covered while saying nothing about it. */
	void requireDates(String field) {
		if (namedAt.isEmpty() && violations.isEmpty()) {
			refuse(field, "EMPTY", "The schedule names no date; a published schedule names at least New Year's Day");
		}
	}

	List<Violation> violations() {
		return List.copyOf(violations);
	}

	/** The schedule read, to be used only when there are no violations. */
	YearSchedule schedule(ScheduleSource source, Instant loadedAt, String loadedBy) {
		return new YearSchedule(year, source, days, papers, loadedAt, loadedBy);
	}
}
