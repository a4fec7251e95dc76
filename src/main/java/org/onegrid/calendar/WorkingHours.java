package org.onegrid.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The working periods of one working day, for example 08:30–12:00 and 13:00–17:30. They are in order and do not
 * overlap or touch midnight's far side, so a working day's working time lies wholly within its own date.
 */
final class WorkingHours {

	/** One working period, {@code start} inclusive, {@code end} exclusive. */
	record Period(LocalTime start, LocalTime end) {

		Duration length() {
			return Duration.between(start, end);
		}
	}

	private final List<Period> periods;

	private WorkingHours(List<Period> periods) {
		this.periods = List.copyOf(periods);
	}

	/** Reads {@code HH:mm-HH:mm} periods, refusing empty, reversed, unordered or overlapping ones. */
	static WorkingHours parse(List<String> texts) {
		if (texts == null || texts.isEmpty()) {
			throw new IllegalArgumentException("onegrid.calendar.working-hours must name at least one period");
		}
		List<Period> periods = new ArrayList<>();
		for (String text : texts) {
			Period period = parsePeriod(text);
			if (!periods.isEmpty() && period.start().isBefore(periods.get(periods.size() - 1).end())) {
				throw new IllegalArgumentException("Working period '" + text.strip()
						+ "' must start after the previous one ends; list the periods in order");
			}
			periods.add(period);
		}
		return new WorkingHours(periods);
	}

	private static Period parsePeriod(String text) {
		String[] parts = text.strip().split("\\s*-\\s*");
		try {
			if (parts.length == 2) {
				LocalTime start = LocalTime.parse(parts[0]);
				LocalTime end = LocalTime.parse(parts[1]);
				if (start.isBefore(end)) {
					return new Period(start, end);
				}
			}
		}
		catch (DateTimeParseException e) {
			// reported below with the expected format
		}
		throw new IllegalArgumentException(
				"Working period '" + text + "' is not HH:mm-HH:mm with the start before the end");
	}

	List<Period> periods() {
		return periods;
	}

	/** When the working day ends: the end of its last period. */
	LocalTime close() {
		return periods.get(periods.size() - 1).end();
	}

	/** The working time in one working day. */
	Duration perDay() {
		return periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
	}

	@Override
	public String toString() {
		return String.join(", ", periods.stream().map(p -> p.start() + "–" + p.end()).toList());
	}
}
