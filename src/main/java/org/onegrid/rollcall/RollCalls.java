package org.onegrid.rollcall;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.onegrid.people.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls the roll of a unit and keeps who answered. The people called are those posted at the unit when the roll
 * is called, so that a later transfer does not rewrite the record; an answer counts once, at its first time, and an
 * answer after the window still counts, as late. A caller sees the roll calls of the units in their scope.
 */
@Service
public class RollCalls {

	private final JdbcClient jdbc;

	private final People people;

	private final Organisation organisation;

	private final Roles roles;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final RollCallRecords records;

	RollCalls(JdbcClient jdbc, People people, Organisation organisation, Roles roles, WorkingCalendar calendar,
			ApplicationEventPublisher events, RollCallRecords records) {
		this.records = records;
		this.jdbc = jdbc;
		this.people = people;
		this.organisation = organisation;
		this.roles = roles;
		this.calendar = calendar;
		this.events = events;
	}

	/** Calls the roll of the unit; refused field by field, and with 422 when nobody is posted there to call. */
	@Transactional
	public RollCall call(String unitCode, RollCallRequest request, Grant grant) {
		if (!organisation.exists(unitCode)) {
			throw ApiProblem.notFound("Unit", unitCode);
		}
		List<Violation> violations = check(request.role(), request.minutes(), request.note());
		Fields.failIfAny(violations);
		String role = Fields.blankToNull(request.role());
		List<Person> called = people.list(unitCode, null, role);
		if (called.isEmpty()) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "nobody-to-call", "Nobody is posted at unit "
					+ unitCode + (role == null ? "" : " in role " + role) + ": there is no roll to call");
		}
		long id = record(unitCode, role, request.minutes() == null ? 15 : request.minutes(),
				Fields.blankToNull(request.note()), grant.username(), null, null, called).orElseThrow();
		return get(id, grant);
	}

	/** What is wrong with a call's role, window and note, field by field. */
	List<Violation> check(String role, Integer minutes, String note) {
		List<Violation> violations = new ArrayList<>();
		if (Fields.blankToNull(role) != null && !roles.exists(role.strip())) {
			violations.add(new Violation("role", "UNKNOWN", "there is no role '" + role + "'"));
		}
		if (minutes != null && (minutes < 1 || minutes > 240)) {
			violations.add(new Violation("minutes", "RANGE", "minutes is 1 to 240"));
		}
		if (note != null && note.strip().length() > 500) {
			violations.add(new Violation("note", "SIZE", "note must be at most 500 characters"));
		}
		return violations;
	}

	/**
	 * Calls the standing roll call of the rule for the day, once however many instances try: empty when it was
	 * called already, or when nobody is posted at its unit to call.
	 */
	@Transactional
	public Optional<Long> callByRule(RollCallRule rule, LocalDate day) {
		List<Person> called = people.list(rule.unitCode(), null, rule.role());
		if (called.isEmpty()) {
			return Optional.empty();
		}
		return record(rule.unitCode(), rule.role(), rule.minutes(), rule.note(), "rule:" + rule.code(), rule.code(),
				day, called);
	}

	private Optional<Long> record(String unitCode, String role, int minutes, String note, String calledBy,
			String ruleCode, LocalDate day, List<Person> called) {
		Instant now = calendar.now();
		Instant answerBy = now.plus(Duration.ofMinutes(minutes));
		Optional<Long> stored = jdbc.sql("""
				INSERT INTO roll_call (unit_code, role_code, called_by, called_at, answer_by, note, rule_code, rule_day)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rule_code, rule_day) DO NOTHING RETURNING id
				""").params(unitCode, role, calledBy, Timestamp.from(now), Timestamp.from(answerBy), note, ruleCode,
					day == null ? null : java.sql.Date.valueOf(day))
			.query(Long.class).optional();
		stored.ifPresent(id -> {
			for (Person person : called) {
				jdbc.sql("INSERT INTO roll_call_person (roll_call_id, person_id, person_name) VALUES (?, ?, ?)")
					.params(id, person.id(), person.name())
					.update();
			}
			events.publishEvent(new RollCallCalled(id, unitCode, called.stream().map(Person::id).toList(), answerBy,
					note));
		});
		return stored;
	}

	/**
	 * Records the caller's answer (报到) to the roll call, once: a second answer changes nothing. 403 when the
	 * caller's account is no person's, 404 when the roll call did not call them.
	 */
	@Transactional
	public Attendee answer(long id, Grant grant) {
		if (grant.personId() == null) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Your account belongs to no person, so no roll "
					+ "call calls you");
		}
		jdbc.sql("""
				UPDATE roll_call_person SET answered_at = :now
				WHERE roll_call_id = :id AND person_id = :person AND answered_at IS NULL
				""").param("now", Timestamp.from(calendar.now())).param("id", id).param("person", grant.personId())
			.update();
		return mine(grant).stream().filter(call -> call.id() == id).findFirst()
			.flatMap(call -> call.attendees().stream().findFirst())
			.orElseThrow(() -> ApiProblem.notFound("Roll call calling you", Long.toString(id)));
	}

	/** The roll call with everyone called; 404 when there is none in the caller's scope. */
	public RollCall get(long id, Grant grant) {
		return records.get(id).filter(found -> grant.holdsUnit(found.unitCode()))
			.orElseThrow(() -> ApiProblem.notFound("Roll call", Long.toString(id)));
	}

	/** The unit's roll calls called in [from, to), newest first, with their counts. */
	public List<RollCall> list(String unitCode, Instant from, Instant to) {
		return records.list(unitCode, from, to);
	}

	/** The roll calls of the last seven days that called the caller, newest first, each with the caller's own line. */
	public List<RollCall> mine(Grant grant) {
		return grant.personId() == null ? List.of() : records.mine(grant.personId());
	}

	/** Each person's roll calls at the unit in the month (in the district's zone), by name. */
	public List<AttendanceRow> attendance(String unitCode, YearMonth month) {
		return records.attendance(unitCode, month);
	}
}
