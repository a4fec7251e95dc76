package org.onegrid.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How administrators change the calendar: load a year's official schedule (replacing the shipped file of that
 * year), take a loaded one back, and set or remove single-day exceptions. A change is checked as a whole and
 * refused field by field, stored in one transaction, applied to this instance at once and to the others at their
 * next refresh. A dry run answers what a load would change and changes nothing.
 */
@Service
class CalendarMaintenance {

	/** The years a schedule or exception can be for. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2099;

	/** What loading a year's schedule changes (or would change, in a dry run). */
	record ScheduleChange(int year, boolean dryRun, String format, int datesNamed, int workingDaysBefore,
			int workingDaysAfter, List<DayChange> changes) {
	}

	/** A date whose kind or holiday name changes. */
	record DayChange(LocalDate date, CalendarDay before, CalendarDay after) {
	}

	private final WorkingCalendar calendar;

	private final Schedules schedules;

	private final ScheduleRefresh refresh;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	CalendarMaintenance(WorkingCalendar calendar, Schedules schedules, ScheduleRefresh refresh,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.calendar = calendar;
		this.schedules = schedules;
		this.refresh = refresh;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
	}

	/** Loads the schedule read into {@code document}, or with {@code dryRun} only says what it would change. */
	ScheduleChange load(ScheduleDocument document, boolean dryRun) {
		Fields.failIfAny(document.violations());
		YearSchedule schedule = document.schedule(ScheduleSource.LOADED, calendar.now(), actor());
		HolidaySchedule before = calendar.schedule();
		ScheduleChange change = compare(schedule, before, before.withLoaded(schedule), dryRun, document.format.code);
		if (!dryRun) {
			change(() -> {
				schedules.replace(schedule, document.format.code);
				return true;
			}, YearSchedule.firstDate(schedule.year()), YearSchedule.lastDate(schedule.year()));
		}
		return change;
	}

	/** Takes back the loaded schedule of {@code year}, so the shipped file (or the fallback) applies again. */
	void unload(Year year) {
		if (!change(() -> schedules.remove(year), YearSchedule.firstDate(year), YearSchedule.lastDate(year))) {
			throw ApiProblem.notFound("Loaded holiday schedule", year.toString());
		}
	}

	/** Makes {@code date} a working day or a day off, whatever the schedule says; answers the day as it is now. */
	CalendarDay except(LocalDate date, ExceptionRequest request) {
		List<Violation> violations = new ArrayList<>();
		checkYear(date.getYear(), "date", violations);
		violations.addAll(request.violations());
		Fields.failIfAny(violations);
		change(() -> {
			schedules.put(new DayException(date, request.workingDay(), request.name(), calendar.now(), actor()));
			return true;
		}, date, date);
		return calendar.day(date);
	}

	/** Removes the exception of {@code date}; answers the day as it is now. */
	CalendarDay removeException(LocalDate date) {
		if (!change(() -> schedules.removeException(date), date, date)) {
			throw ApiProblem.notFound("Calendar exception", date.toString());
		}
		return calendar.day(date);
	}

	/** Refuses a year outside the range schedules can be loaded for. */
	static void checkYear(int year, String field, List<Violation> violations) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			violations.add(new Violation(field, "OUT_OF_RANGE",
					"The calendar keeps schedules for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year));
		}
	}

	/**
	 * Runs {@code write} in a transaction that also announces the change, then refreshes this instance. A write that
	 * finds nothing to change answers false and its transaction is rolled back.
	 */
	private boolean change(Supplier<Boolean> write, LocalDate from, LocalDate to) {
		boolean changed = Boolean.TRUE.equals(transactions.execute(status -> {
			if (!write.get()) {
				status.setRollbackOnly();
				return false;
			}
			events.publishEvent(new CalendarChanged(from, to));
			return true;
		}));
		refresh.refresh();
		return changed;
	}

	private static ScheduleChange compare(YearSchedule schedule, HolidaySchedule before, HolidaySchedule after,
			boolean dryRun, String format) {
		Year year = schedule.year();
		List<DayChange> changes = new ArrayList<>();
		for (LocalDate date = YearSchedule.firstDate(year); !date.isAfter(YearSchedule.lastDate(year)); date = date
			.plusDays(1)) {
			CalendarDay was = before.day(date);
			CalendarDay is = after.day(date);
			if (was.kind() != is.kind() || !Objects.equals(was.holiday(), is.holiday())) {
				changes.add(new DayChange(date, was, is));
			}
		}
		LocalDate first = year.atDay(1);
		LocalDate next = year.plusYears(1).atDay(1);
		return new ScheduleChange(year.getValue(), dryRun, format, schedule.days().size(),
				WorkingCalendar.workingDaysBetween(before, first, next),
				WorkingCalendar.workingDaysBetween(after, first, next), changes);
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}
