package org.onegrid.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Builds what the API shows of a case.
 */
@Component
class CaseViews {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final Cases cases;

	private final StateLabels labels;

	private final ZoneId zone;

	CaseViews(Cases cases, StateLabels labels, org.onegrid.calendar.WorkingCalendar calendar) {
		this.cases = cases;
		this.labels = labels;
		this.zone = calendar.zone();
	}

	/** The case with its whole timeline; 404 when there is none. */
	CaseView get(long id) {
		Case c = cases.find(id).orElseThrow(() -> ApiProblem.notFound("Case", Long.toString(id)));
		return of(c, cases.timeline(id));
	}

	CaseView of(Case c, List<TimelineEntry> timeline) {
		return new CaseView(c.id, caseNo(c), c.version, c.state, labels.of(c.state), c.state.isOpen(), c.channel,
				c.channelDetails, c.reporter, c.reportedBy, c.kind.name(), c.minorCode, c.urgency.name(), c.tier,
				c.areaClass.name(), c.description, c.address, c.lon, c.lat, c.attachments, c.trails, c.primaryLayer,
				c.handlingGrid, c.responsibility, c.assignment, c.pending, c.notices, c.duplicateCandidates,
				c.mergedInto, c.absorbed, c.selfHandled, c.reworkCount, c.returnCount, c.escalationCount,
				c.postponedDays, c.satisfaction, c.clock, c.clockWarning, c.reportedAt, c.closedAt, c.allowedSlugs(),
				List.copyOf(timeline));
	}

	String caseNo(Case c) {
		return DAY.format(c.reportedAt.atZone(zone)) + "-" + String.format("%06d", c.id);
	}
}
