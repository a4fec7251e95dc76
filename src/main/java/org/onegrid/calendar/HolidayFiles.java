package org.onegrid.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The holiday-cn files a deployment ships ({@code onegrid.calendar.holiday-data}), read with the same checks as a
 * schedule an administrator loads. A file with no days (a schedule not yet published) is skipped.
 */
final class HolidayFiles {

	private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HolidayFiles() {
	}

	/** Every {@code <year>.json} matched by the patterns; a later pattern's year replaces an earlier one's. */
	static Map<Year, YearSchedule> load(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver(HolidayFiles.class.getClassLoader());
		Map<Year, YearSchedule> years = new TreeMap<>();
		for (String location : locations) {
			try {
				for (Resource resource : resolver.getResources(location)) {
					Matcher matcher = YEAR_FILE.matcher(resource.getFilename() == null ? "" : resource.getFilename());
					if (matcher.matches()) {
						Year year = Year.of(Integer.parseInt(matcher.group(1)));
						YearSchedule schedule = read(resource, year);
						if (schedule.days().isEmpty()) {
							years.remove(year);
						}
						else {
							years.put(year, schedule);
						}
					}
				}
			}
			catch (IOException e) {
				throw new IllegalStateException("Cannot read holiday data at " + location, e);
			}
		}
		return years;
	}

	private static YearSchedule read(Resource resource, Year year) {
		JsonNode root;
		try (InputStream in = resource.getInputStream()) {
			root = JSON.readTree(in);
		}
		catch (IOException | JacksonException e) {
			throw new IllegalStateException("Cannot read the holiday schedule " + resource + ": " + e.getMessage(), e);
		}
		JsonNode days = root.path("days");
		if (days.isArray() && days.isEmpty() && root.path("year").asInt() == year.getValue()) {
			return new YearSchedule(year, ScheduleSource.BUNDLED, Map.of(), List.of(), null, null);
		}
		ScheduleDocument document = ScheduleReader.json(year, root);
		if (!document.violations().isEmpty()) {
			throw new IllegalStateException("The holiday schedule " + resource + " is not valid: "
					+ document.violations());
		}
		return document.schedule(ScheduleSource.BUNDLED, null, null);
	}
}
