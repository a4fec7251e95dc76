package org.onegrid.people;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A roster for {@code days} days from {@code from}, as daily shifts in the district's time zone. Each shift names
 * the people who take it in turn: on day {@code i} it goes to {@code people[i % people.size()]}. A shift whose end
 * is not after its start ends the next day (a night shift 20:00–08:00).
 */
public record ShiftPattern(LocalDate from, Integer days, List<DailyShift> shifts) {

	/** A daily shift. */
	public record DailyShift(String duty, LocalTime start, LocalTime end, List<Long> people) {
	}
}
