package org.onegrid.meeting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.cases.ActionRequest;
import org.onegrid.cases.CaseView;
import org.onegrid.cases.Lifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Turns a meeting's decision into the case action it names. The action is taken by the person recording the
 * decision, with their own rights and the case's own rules, so a meeting cannot do to a case what its convener may
 * not; the case's timeline says which meeting decided it. A refused action records no decision.
 */
@Service
public class MeetingDecisions {

	private static final int MAX_NOTE = 500;

	private final Meetings meetings;

	private final Lifecycle lifecycle;

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	MeetingDecisions(Meetings meetings, Lifecycle lifecycle, JdbcClient jdbc, WorkingCalendar calendar) {
		this.meetings = meetings;
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** Applies the decision to its case and records it; 409 before the meeting begins or when the case refuses. */
	public Meeting decide(long meetingId, DecisionRequest request, Grant grant) {
		Meeting meeting = meetings.begun(meetingId, grant);
		List<Violation> violations = new ArrayList<>();
		if (request.caseId() == null) {
			violations.add(new Violation("caseId", "REQUIRED", "caseId is the case the meeting decided on"));
		}
		DecisionAction action = Fields.oneOf(DecisionAction.class, request.action(), "action", true, violations);
		Fields.text(request.note(), "note", MAX_NOTE, violations);
		Fields.failIfAny(violations);
		String note = "【" + meeting.kindName() + "·" + meeting.title() + "】" + request.note().strip();
		CaseView after = lifecycle.act(request.caseId(), action.slug(), actionRequest(action, note, request), grant);
		jdbc.sql("""
				INSERT INTO meeting_decision (meeting_id, case_id, case_no, action, note, decided_by, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""").params(meeting.id(), after.id(), after.caseNo(), action.slug(), request.note().strip(),
					grant.username(), Timestamp.from(calendar.now()))
			.update();
		return meetings.get(meetingId, grant);
	}

	private static ActionRequest actionRequest(DecisionAction action, String note, DecisionRequest r) {
		String reason = action == DecisionAction.ESCALATE ? note : null;
		return new ActionRequest(null, null, null, note, null, reason, null, null, null, null, null, null,
				r.department(), r.assistingDepartments(), null, null, null, null, null,
				action == DecisionAction.SUPERVISE ? r.noticeKind() : null, null, null);
	}
}
