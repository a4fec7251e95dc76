package org.onegrid.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.Organisation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings a unit holds (会商, 例会, 联席会议): a one-off meeting of any kind, or a sitting of one of the unit's
 * standing meetings, which sits once on each of its days however many instances run and out of turn may be called
 * only by the roles its rule names.
 */
@Service
public class UnitMeetings {

	private final Meetings meetings;

	private final MeetingRules rules;

	private final MeetingWriter writer;

	private final MeetingRecords records;

	private final Organisation organisation;

	private final WorkingCalendar calendar;

	UnitMeetings(Meetings meetings, MeetingRules rules, MeetingWriter writer, MeetingRecords records,
			Organisation organisation, WorkingCalendar calendar) {
		this.meetings = meetings;
		this.rules = rules;
		this.writer = writer;
		this.records = records;
		this.organisation = organisation;
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
		MeetingTimes.checkLength(length, null, violations);
		Instant startsAt = MeetingTimes.startOf(request, calendar.now(), violations);
		Fields.failIfAny(violations);
		if (rule != null && !grant.system() && rule.callerRoles().stream().noneMatch(grant.roles()::contains)) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Only " + rule.callerRoles() + " may call "
					+ rule.name() + " (" + rule.code() + ")");
		}
		List<AgendaReason> reasons = rule == null ? Arrays.asList(AgendaReason.values())
				: rule.agenda().stream().map(AgendaReason::valueOf).toList();
		long id = writer.insert(MeetingHolder.unit(unitCode), kind, title.strip(), startsAt, length, grant.username(),
				rule == null ? null : rule.code(), null, reasons).orElseThrow();
		return meetings.get(id, grant);
	}

	/** Calls the unit's standing meeting for the day, once however many instances try; empty when it sat. */
	public Optional<Long> callByRule(MeetingRule rule, LocalDate day) {
		return writer.callByRule(rule, day, MeetingHolder.unit(rule.unitCode()));
	}

	/** The unit's meetings starting in [from, to), the latest first. */
	public List<Meeting> list(String unitCode, Instant from, Instant to) {
		return records.list(unitCode, from, to);
	}
}
