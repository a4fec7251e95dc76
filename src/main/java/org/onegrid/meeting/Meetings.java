package org.onegrid.meeting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.people.Organisation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls meetings and keeps their record. A standing meeting sits once on each of its days however many instances
 * run; out of turn it may be called only by the roles its rule names. Every meeting's agenda is taken when it is
 * called, and its minutes may be written (and corrected) once it has begun. A caller sees the meetings of the units
 * and of the grids in their scope.
 */
@Service
public class Meetings {

	private static final int MAX_MINUTES_TEXT = 20_000;

	private static final int MAX_ATTENDEES = 200;

	private final JdbcClient jdbc;

	private final MeetingRules rules;

	private final MeetingWriter writer;

	private final MeetingRecords records;

	private final Organisation organisation;

	private final GridHierarchy hierarchy;

	private final WorkingCalendar calendar;

	Meetings(JdbcClient jdbc, MeetingRules rules, MeetingWriter writer, MeetingRecords records,
			Organisation organisation, GridHierarchy hierarchy, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.writer = writer;
		this.records = records;
		this.organisation = organisation;
		this.hierarchy = hierarchy;
		this.calendar = calendar;
	}

	/** Calls a meeting of the unit; refused field by field, 403 when the rule's caller roles exclude the caller. */
	@Transactional
	public Meeting call(String unitCode, MeetingRequest request, Grant grant) {
		if (!organisation.exists(unitCode)) {
			throw ApiProblem.notFound("Unit", unitCode);
		}
		List<Violation> violations = new ArrayList<>();
		MeetingRule rule = null;
		if (Fields.blankToNull(request.rule()) != null) {
			rule = rules.find(request.rule().strip()).filter(r -> unitCode.equals(r.unitCode())).orElse(null);
			if (rule == null) {
				violations.add(new Violation("rule", "UNKNOWN", "unit " + unitCode + " has no standing meeting '"
						+ request.rule() + "'"));
			}
		}
		MeetingKind kind = Fields.oneOf(MeetingKind.class, request.kind() == null && rule != null ? rule.kind()
				: request.kind(), "kind", true, violations);
		String title = request.title() == null && rule != null ? rule.name() : request.title();
		Fields.text(title, "title", Fields.MAX_NAME, violations);
		int length = request.lengthMinutes() != null ? request.lengthMinutes()
				: rule != null ? rule.lengthMinutes() : 60;
		checkLength(length, null, violations);
		Instant startsAt = startOf(request, violations);
		Fields.failIfAny(violations);
		if (rule != null && !grant.system() && rule.callerRoles().stream().noneMatch(grant.roles()::contains)) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Only " + rule.callerRoles() + " may call "
					+ rule.name() + " (" + rule.code() + ")");
		}
		List<AgendaReason> reasons = rule == null ? Arrays.asList(AgendaReason.values())
				: rule.agenda().stream().map(AgendaReason::valueOf).toList();
		long id = writer.insert(MeetingHolder.unit(unitCode), kind, title.strip(), startsAt, length, grant.username(),
				rule == null ? null : rule.code(), null, reasons).orElseThrow();
		return get(id, grant);
	}

	/** Calls the unit's standing meeting for the day, once however many instances try; empty when it sat. */
	public Optional<Long> callByRule(MeetingRule rule, LocalDate day) {
		return writer.callByRule(rule, day, MeetingHolder.unit(rule.unitCode()));
	}

	/** The meeting with its agenda, minutes and decisions; 404 when there is none in the caller's scope. */
	public Meeting get(long id, Grant grant) {
		return records.get(id).filter(m -> inScope(m, grant))
			.orElseThrow(() -> ApiProblem.notFound("Meeting", Long.toString(id)));
	}

	/** The unit's meetings starting in [from, to), the latest first. */
	public List<Meeting> list(String unitCode, Instant from, Instant to) {
		return records.list(unitCode, from, to);
	}

	/** Writes the meeting's minutes and attendance; 409 before it begins. The first writing marks it held. */
	@Transactional
	public Meeting recordMinutes(long id, MinutesRequest request, Grant grant) {
		Meeting meeting = begun(id, grant);
		List<Violation> violations = new ArrayList<>();
		Fields.text(request.minutes(), "minutes", MAX_MINUTES_TEXT, violations);
		List<String> attendees = request.attendees() == null ? List.of() : request.attendees();
		if (attendees.size() > MAX_ATTENDEES) {
			violations.add(new Violation("attendees", "SIZE", "at most " + MAX_ATTENDEES + " attendees"));
		}
		attendees.forEach(name -> Fields.text(name, "attendees", Fields.MAX_NAME, violations));
		Fields.failIfAny(violations);
		jdbc.sql("""
				UPDATE meeting SET minutes = :minutes, attendees = :attendees, recorded_by = :by,
				  held_at = COALESCE(held_at, :now)
				WHERE id = :id
				""").param("minutes", request.minutes().strip())
			.param("attendees", attendees.stream().map(String::strip).toArray(String[]::new))
			.param("by", grant.username()).param("now", Timestamp.from(calendar.now())).param("id", meeting.id())
			.update();
		return get(id, grant);
	}

	/** The meeting in the caller's scope, once it has begun (409 before). */
	Meeting begun(long id, Grant grant) {
		Meeting meeting = get(id, grant);
		if (calendar.now().isBefore(meeting.startsAt())) {
			throw new ApiProblem(HttpStatus.CONFLICT, "not-begun", "Meeting " + id + " begins at "
					+ meeting.startsAt() + ": minutes and decisions are recorded once it has begun");
		}
		return meeting;
	}

	private boolean inScope(Meeting meeting, Grant grant) {
		if (meeting.gridCode() != null) {
			return grant.seesGridPath(meeting.layerCode(), hierarchy.path(meeting.layerCode(), meeting.gridCode()));
		}
		return grant.all() || grant.units().contains(meeting.unitCode());
	}

	/** When the requested meeting starts, now when not given: from an hour ago to 90 days ahead. */
	Instant startOf(MeetingRequest request, List<Violation> violations) {
		Instant now = calendar.now();
		Instant startsAt = request.startsAt() == null ? now : request.startsAt();
		if (startsAt.isBefore(now.minus(Duration.ofHours(1))) || startsAt.isAfter(now.plus(Duration.ofDays(90)))) {
			violations.add(new Violation("startsAt", "RANGE", "a meeting starts from an hour ago to 90 days ahead"));
		}
		return startsAt;
	}

	static void checkLength(Integer length, LocalTime at, List<Violation> violations) {
		if (length != null && (length < 15 || length > 480)) {
			violations.add(new Violation("lengthMinutes", "RANGE", "a meeting lasts 15 to 480 minutes"));
		}
		else if (length != null && at != null && at.plusMinutes(length).isBefore(at)) {
			violations.add(new Violation("lengthMinutes", "PAST_MIDNIGHT", "a standing meeting ends by midnight"));
		}
	}
}
