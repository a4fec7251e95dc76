package org.onegrid.calendar;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Writes a set of years as ranges ("2019–2026", "2019–2022, 2024") for messages and logs. */
final class Years {

	private Years() {
	}

	static String describe(SortedSet<Year> years) {
		if (years.isEmpty()) {
			return "no year";
		}
		List<String> ranges = new ArrayList<>();
		Year first = null;
		Year last = null;
		for (Year year : years) {
			if (last != null && year.getValue() == last.getValue() + 1) {
				last = year;
				continue;
			}
			if (first != null) {
				ranges.add(range(first, last));
			}
			first = year;
			last = year;
		}
		ranges.add(range(first, last));
		return String.join(", ", ranges);
	}

	private static String range(Year first, Year last) {
		return first.equals(last) ? first.toString() : first + "–" + last;
	}
}
