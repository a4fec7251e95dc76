package org.onegrid.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.onegrid.people.GridTeams;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings each grid of a level holds by a standing rule (网格工作例会): on the rule's day every grid of the
 * level sits once, however many instances call it, with the stuck cases of that grid and below it on its agenda; out
 * of turn only someone serving that grid in one of the rule's caller roles may call it.
 */
@Service
public class GridMeetings {

	private final Meetings meetings;

	private final MeetingWriter writer;

	private final MeetingRules rules;

	private final MeetingRecords records;

	private final GridLayers layers;

	private final GridTeams teams;

	private final WorkingCalendar calendar;

	GridMeetings(Meetings meetings, MeetingWriter writer, MeetingRules rules, MeetingRecords records,
			GridLayers layers, GridTeams teams, WorkingCalendar calendar) {
		this.meetings = meetings;
		this.writer = writer;
		this.rules = rules;
		this.records = records;
		this.layers = layers;
		this.teams = teams;
		this.calendar = calendar;
	}

	/**
	 * Calls the grid's sitting of its standing meeting out of turn; 404 for an unknown layer or grid, refused field
	 * by field, 403 unless the caller serves the grid in one of the rule's caller roles.
	 */
	@Transactional
	public Meeting call(String layerCode, String gridCode, MeetingRequest request, Grant grant) {
		GridSummary grid = grid(layerCode, gridCode);
		List<Violation> violations = new ArrayList<>();
		MeetingRule rule = null;
		if (Fields.blankToNull(request.rule()) == null) {
			violations.add(new Violation("rule", "REQUIRED", "rule is the grid's standing meeting to call"));
		}
		else {
			rule = rules.find(request.rule().strip()).filter(r -> holds(r, grid)).orElse(null);
			if (rule == null) {
				violations.add(new Violation("rule", "UNKNOWN", "grid " + gridCode + " has no standing meeting '"
						+ request.rule() + "'"));
			}
		}
		String title = request.title() == null && rule != null ? rule.name() : request.title();
		if (request.title() != null) {
			Fields.text(title, "title", Fields.MAX_NAME, violations);
		}
		int length = request.lengthMinutes() != null ? request.lengthMinutes()
				: rule != null ? rule.lengthMinutes() : 60;
		MeetingTimes.checkLength(length, null, violations);
		Instant startsAt = MeetingTimes.startOf(request, calendar.now(), violations);
		Fields.failIfAny(violations);
		if (!grant.system() && !serves(grant, grid, rule)) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "只有本网格的 " + rule.callerRoles()
					+ " 可临时召集 / Only those serving grid " + gridCode + " as " + rule.callerRoles() + " may call "
					+ rule.name() + " (" + rule.code() + ")");
		}
		long id = writer.insert(MeetingHolder.grid(layerCode, gridCode), MeetingKind.valueOf(rule.kind()),
				title.strip(), startsAt, length, grant.username(), rule.code(), null,
				rule.agenda().stream().map(AgendaReason::valueOf).toList()).orElseThrow();
		return meetings.get(id, grant);
	}

	/**
	 * Calls the rule's sitting of the day in each grid of its level that has not sat yet; returns how many were
	 * called. A rule whose layer or level is gone calls none.
	 */
	public int callDue(MeetingRule rule, LocalDate day) {
		MeetingRule.GridLevel level = rule.grid();
		if (!layers.exists(level.layer())
				|| MeetingRuleChecks.levelName(layers.get(level.layer()), level.level()) == null) {
			return 0;
		}
		Set<String> called = new HashSet<>(records.gridsCalled(rule.code(), day));
		int count = 0;
		for (GridSummary grid : layers.grids(level.layer(), level.level(), null)) {
			if (!called.contains(grid.code())
					&& writer.callByRule(rule, day, MeetingHolder.grid(level.layer(), grid.code())).isPresent()) {
				count++;
			}
		}
		return count;
	}

	/** The grid's meetings starting in [from, to), the latest first; 404 for an unknown layer or grid. */
	public List<Meeting> list(String layerCode, String gridCode, Instant from, Instant to) {
		grid(layerCode, gridCode);
		return records.listForGrid(layerCode, gridCode, from, to);
	}

	private GridSummary grid(String layerCode, String gridCode) {
		return layers.grid(layerCode, gridCode)
			.orElseThrow(() -> ApiProblem.notFound("Grid", layerCode + "/" + gridCode));
	}

	private static boolean holds(MeetingRule rule, GridSummary grid) {
		return rule.grid() != null && rule.grid().layer().equals(grid.layer())
				&& rule.grid().level().equals(grid.levelName());
	}

	private boolean serves(Grant grant, GridSummary grid, MeetingRule rule) {
		return grant.personId() != null && teams.team(grid.layer(), grid.code()).stream()
			.anyMatch(m -> m.personId() == grant.personId() && rule.callerRoles().contains(m.role())
					&& grant.roles().contains(m.role()));
	}
}
