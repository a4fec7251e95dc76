package org.onegrid.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.CalendarMaintenance.ScheduleChange;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Loading yearly holiday schedules and editing single days, for holders of {@code calendar:manage}. Every call
 * either changes the calendar as asked or is refused with every problem listed and nothing changed.
 */
@Tag(name = "Working calendar", description = "工作日历 / Working days, holidays and deadlines in working time")
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarAdminController {

	private final CalendarMaintenance maintenance;

	CalendarAdminController(CalendarMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	@Operation(summary = "Load a year's official schedule as holiday-cn JSON or a plain list "
			+ "({\"year\":2027,\"offDays\":[…],\"workDays\":[…]}); with dryRun=true only say what would change")
	@PutMapping(path = "/years/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Allow(value = "calendar:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ScheduleChange loadJson(@PathVariable int year, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestBody JsonNode body) {
		return maintenance.load(ScheduleReader.json(year(year), body), dryRun);
	}

	@Operation(summary = "Load a year's official schedule as text lines '<YYYY-MM-DD> <off|work> [name]'")
	@PutMapping(path = "/years/{year}", consumes = MediaType.TEXT_PLAIN_VALUE)
	@Allow(value = "calendar:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ScheduleChange loadLines(@PathVariable int year, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestBody String body) {
		return maintenance.load(ScheduleReader.lines(year(year), body), dryRun);
	}

	@Operation(summary = "Take back a loaded schedule; the shipped file, or the Monday–Friday fallback, applies again")
	@DeleteMapping("/years/{year}")
	@Allow(value = "calendar:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unload(@PathVariable int year) {
		maintenance.unload(year(year));
	}

	@Operation(summary = "Make one date a working day or a day off: {\"workingDay\":false,\"name\":\"台风停工\"}")
	@PutMapping("/exceptions/{date}")
	@Allow(value = "calendar:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	CalendarDay except(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, @RequestBody JsonNode body) {
		return maintenance.except(date, ExceptionRequest.read(body));
	}

	@Operation(summary = "Remove a date's exception; the schedule applies to it again")
	@DeleteMapping("/exceptions/{date}")
	@Allow(value = "calendar:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	CalendarDay removeException(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return maintenance.removeException(date);
	}

	private static Year year(int year) {
		List<Violation> violations = new ArrayList<>();
		CalendarMaintenance.checkYear(year, "year", violations);
		Fields.failIfAny(violations);
		return Year.of(year);
	}
}
