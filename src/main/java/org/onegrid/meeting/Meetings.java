package org.onegrid.meeting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.grid.GridHierarchy;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every meeting, of a unit or of a grid, once called: its agenda as taken when it was called, and its
 * minutes, which may be written (and corrected) once it has begun. A caller sees the meetings of the units and of
 * the grids in their scope, and no other.
 */
@Service
public class Meetings {

	private static final int MAX_MINUTES_TEXT = 20_000;

	private static final int MAX_ATTENDEES = 200;

	private final JdbcClient jdbc;

	private final MeetingRecords records;

	private final GridHierarchy hierarchy;

	private final WorkingCalendar calendar;

	Meetings(JdbcClient jdbc, MeetingRecords records, GridHierarchy hierarchy, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.records = records;
		this.hierarchy = hierarchy;
		this.calendar = calendar;
	}

	/** The meeting with its agenda, minutes and decisions; 404 when there is none in the caller's scope. */
	public Meeting get(long id, Grant grant) {
		return records.get(id).filter(m -> inScope(m, grant))
			.orElseThrow(() -> ApiProblem.notFound("Meeting", Long.toString(id)));
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
}
