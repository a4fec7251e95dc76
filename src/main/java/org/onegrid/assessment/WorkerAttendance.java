package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.fieldwork.Attendance;
import org.onegrid.fieldwork.CheckIn;
import org.onegrid.fieldwork.PersonalPatrols;
import org.springframework.stereotype.Component;

/**
 * A worker's attendance (出勤) in a period, from the field work module's check-ins (打卡签到): the working days on
 * which they checked in at one of their grids, against the period's working days so far, and the days on which they
 * patrolled at all. Only accepted check-ins count; an account with no person behind it has no attendance. Patrol
 * coverage (巡查覆盖率) is the share of the grids whose teams the worker serves that their own track or check-ins
 * reached in the period.
 */
@Component
class WorkerAttendance {

	private final Attendance attendance;

	private final Staff staff;

	private final WorkingCalendar calendar;

	private final PersonalPatrols patrols;

	private final ZoneId zone;

	WorkerAttendance(Attendance attendance, Staff staff, WorkingCalendar calendar, PersonalPatrols patrols) {
		this.attendance = attendance;
		this.patrols = patrols;
		this.staff = staff;
		this.calendar = calendar;
		this.zone = calendar.zone();
	}

	Map<String, Long> persons() {
		return staff.personsByUsername();
	}

	/** The figures with the worker's attendance added: working days, days present, the rate and patrol days. */
	Figures add(Figures figures, Long personId, Instant start, Instant end, Instant asOf) {
		Instant until = asOf.isBefore(end) ? asOf : end;
		LocalDate first = start.atZone(zone).toLocalDate();
		LocalDate untilDay = until.atZone(zone).toLocalDate();
		LocalDate last = until.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT) ? untilDay
				: untilDay.plusDays(1);
		long workingDays = last.isAfter(first) ? calendar.workingDaysBetween(first, last) : 0;
		Map<String, BigDecimal> values = new LinkedHashMap<>(figures.values());
		values.put("workingDays", BigDecimal.valueOf(workingDays));
		if (personId == null || !staff.isPerson(personId)) {
			values.put("attendanceDays", null);
			values.put("attendanceRate", null);
			values.put("patrolDays", null);
			values.put("servedGrids", null);
			values.put("patrolledGrids", null);
			values.put("patrolCoverage", null);
			return new Figures(figures.object(), values);
		}
		Set<LocalDate> days = attendance.checkIns(personId, start, until).stream()
			.filter(CheckIn::accepted)
			.map(checkIn -> checkIn.at().atZone(zone).toLocalDate())
			.collect(Collectors.toSet());
		long present = days.stream().filter(calendar::isWorkingDay).count();
		values.put("attendanceDays", BigDecimal.valueOf(present));
		values.put("attendanceRate", Figures.rate(present, workingDays));
		values.put("patrolDays", BigDecimal.valueOf(days.size()));
		coverage(values, personId, first, last.minusDays(1));
		return new Figures(figures.object(), values);
	}

	private void coverage(Map<String, BigDecimal> values, long personId, LocalDate first, LocalDate last) {
		Map<String, Set<String>> served = staff.gridsServedBy(personId);
		Map<String, Set<String>> patrolled = last.isBefore(first) ? Map.of()
				: patrols.gridsPatrolledBy(personId, first, last);
		long servedCount = served.values().stream().mapToLong(Set::size).sum();
		long reached = served.entrySet().stream()
			.mapToLong(layer -> layer.getValue().stream()
				.filter(patrolled.getOrDefault(layer.getKey(), Set.of())::contains).count())
			.sum();
		values.put("servedGrids", BigDecimal.valueOf(servedCount));
		values.put("patrolledGrids", BigDecimal.valueOf(reached));
		values.put("patrolCoverage", Figures.rate(reached, servedCount));
	}
}
