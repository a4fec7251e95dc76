package org.onegrid.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State Council's holiday schedules as published by holiday-cn: per year, the dates that are holidays
 * ({@code isOffDay: true}) and the weekend dates that are worked ({@code isOffDay: false}). A year counts as covered
 * only if its file lists at least one day; an empty file means the schedule has not been published yet.
 */
final class HolidaySchedule {

	/** A date the schedule names: a day off, or a day worked, for the named holiday. */
	record Entry(String holiday, boolean offDay) {
	}

	private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<LocalDate, Entry> entries;

	private final SortedSet<Year> covered;

	private HolidaySchedule(Map<LocalDate, Entry> entries, SortedSet<Year> covered) {
		this.entries = Map.copyOf(entries);
		this.covered = Collections.unmodifiableSortedSet(covered);
	}

	/** Loads every {@code <year>.json} matched by the patterns; a later pattern's year replaces an earlier one's. */
	static HolidaySchedule load(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver(HolidaySchedule.class.getClassLoader());
		Map<Year, Map<LocalDate, Entry>> byFile = new TreeMap<>();
		for (String location : locations) {
			try {
				for (Resource resource : resolver.getResources(location)) {
					var name = resource.getFilename() == null ? "" : resource.getFilename();
					var matcher = YEAR_FILE.matcher(name);
					if (matcher.matches()) {
						Year year = Year.of(Integer.parseInt(matcher.group(1)));
						byFile.put(year, read(resource, year));
					}
				}
			}
			catch (IOException e) {
				throw new IllegalStateException("Cannot read holiday data at " + location, e);
			}
		}
		Map<LocalDate, Entry> entries = new HashMap<>();
		SortedSet<Year> covered = new TreeSet<>();
		byFile.forEach((year, days) -> {
			if (!days.isEmpty()) {
				covered.add(year);
			}
			// A file may name a few days of the neighbouring year; the file of the date's own year has the last word.
			days.forEach((date, entry) -> {
				if (Year.from(date).equals(year) || !entries.containsKey(date)) {
					entries.put(date, entry);
				}
			});
		});
		return new HolidaySchedule(entries, covered);
	}

	private static Map<LocalDate, Entry> read(Resource resource, Year year) {
		try (InputStream in = resource.getInputStream()) {
			JsonNode root = JSON.readTree(in);
			if (root.path("year").asInt() != year.getValue()) {
				throw new IllegalStateException(resource + " says it is for year " + root.path("year") + ", not " + year);
			}
			Map<LocalDate, Entry> days = new HashMap<>();
			for (JsonNode day : root.path("days")) {
				LocalDate date = LocalDate.parse(day.path("date").asString());
				JsonNode offDay = day.path("isOffDay");
				if (!offDay.isBoolean()) {
					throw new IllegalStateException(resource + ": " + date + " has no boolean isOffDay");
				}
				days.put(date, new Entry(day.path("name").asString(), offDay.booleanValue()));
			}
			return days;
		}
		catch (IOException | JacksonException | DateTimeParseException e) {
			throw new IllegalStateException("Cannot read the holiday schedule " + resource + ": " + e.getMessage(), e);
		}
	}

	/** What the schedule says about {@code date}, or empty for a date it does not name. */
	Optional<Entry> entry(LocalDate date) {
		Year year = Year.from(date);
		if (!covered.contains(year)) {
			throw new CalendarDataMissing(year, covered);
		}
		return Optional.ofNullable(entries.get(date));
	}

	SortedSet<Year> covered() {
		return covered;
	}
}
