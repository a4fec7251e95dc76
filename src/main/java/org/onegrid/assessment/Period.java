package org.onegrid.assessment;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period that figures are computed for: a day ({@code 2026-11-05}), an ISO week ({@code 2026-W45}, Monday to
 * Sunday), a month ({@code 2026-11}) or a year ({@code 2026}), as dates in the district's zone.
 *
 * @param label how the period was named, in its canonical form
 * @param start its first day
 * @param end the day after its last
 */
public record Period(Kind kind, String label, LocalDate start, LocalDate end) {

	/** How long the period is: a calendar day, an ISO week, a calendar month or a calendar year. */
	public enum Kind {
		DAY, WEEK, MONTH, YEAR
	}

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** The period named by {@code text}, or {@code null} when it names none of the four kinds. */
	public static Period parse(String text) {
		String value = text.strip();
		try {
			Matcher week = WEEK.matcher(value);
			if (week.matches()) {
				LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
					.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
					.with(DayOfWeek.MONDAY);
				Period period = week(monday);
				return period.label().equals(value) ? period : null;
			}
			if (YEAR.matcher(value).matches()) {
				LocalDate first = LocalDate.of(Integer.parseInt(value), 1, 1);
				return new Period(Kind.YEAR, value, first, first.plusYears(1));
			}
			if (value.length() == 7) {
				return month(YearMonth.parse(value));
			}
			LocalDate day = LocalDate.parse(value);
			return new Period(Kind.DAY, day.toString(), day, day.plusDays(1));
		}
		catch (DateTimeException | NumberFormatException e) {
			return null;
		}
	}

	public static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month.toString(), month.atDay(1), month.plusMonths(1).atDay(1));
	}

	private static Period week(LocalDate monday) {
		return new Period(Kind.WEEK, "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusWeeks(1));
	}

	/** The period of the same kind just before this one, for the change against it (环比). */
	public Period previous() {
		return switch (kind) {
			case DAY -> new Period(Kind.DAY, start.minusDays(1).toString(), start.minusDays(1), start);
			case WEEK -> week(start.minusWeeks(1));
			case MONTH -> month(YearMonth.from(start).minusMonths(1));
			case YEAR -> new Period(Kind.YEAR, Integer.toString(start.getYear() - 1), start.minusYears(1), start);
		};
	}

	/** The same period a year before, for the change against it (同比): the same day, ISO week, month or year. */
	public Period yearBefore() {
		return switch (kind) {
			case DAY -> {
				LocalDate day = start.minusYears(1);
				yield new Period(Kind.DAY, day.toString(), day, day.plusDays(1));
			}
			case WEEK -> {
				int week = Math.min(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 52);
				yield parse("%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR) - 1, week));
			}
			case MONTH -> month(YearMonth.from(start).minusYears(1));
			case YEAR -> previous();
		};
	}

	/** The month this period is, if it is one. */
	YearMonth asMonth() {
		return kind == Kind.MONTH ? YearMonth.from(start) : null;
	}
}
