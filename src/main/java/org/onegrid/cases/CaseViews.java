package org.onegrid.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onegrid.access.AuditLog;
import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Builds what the API shows of a case.
 */
@Component
class CaseViews {

	private final Cases cases;

	private final StateLabels labels;

	private final AuditLog audit;

	private final ClosingRights closing;

	private final CaseDistricts districts;

	CaseViews(Cases cases, StateLabels labels, AuditLog audit, ClosingRights closing, CaseDistricts districts) {
		this.districts = districts;
		this.closing = closing;
		this.audit = audit;
		this.cases = cases;
		this.labels = labels;
	}

	/** The case with its whole timeline; 404 when there is none or the grant's scope does not cover it. */
	CaseView get(long id, Grant grant) {
		Cases.Loaded loaded = loaded(id, grant);
		return of(loaded.c(), loaded.timeline(), grant);
	}

	/** The case as stored with its timeline, if it exists and is in scope; 404 otherwise. */
	Cases.Loaded loaded(long id, Grant grant) {
		return cases.load(id, grant).orElseThrow(() -> ApiProblem.notFound("Case", Long.toString(id)));
	}

	/** The case if it exists and is in scope; 404 otherwise, so that out-of-scope cases are not even confirmed. */
	Case visible(long id, Grant grant) {
		return cases.find(id).filter(c -> c.visibleTo(grant))
			.orElseThrow(() -> ApiProblem.notFound("Case", Long.toString(id)));
	}

	CaseView of(Case c, List<TimelineEntry> timeline, Grant grant) {
		return new CaseView(c.id, caseNo(c), c.version, c.state, labels.of(c.state), c.state.isOpen(), c.channel,
				c.channelCode(), c.channelDetails, reporter(c, grant), c.reportedBy, c.kind.name(), c.minorCode,
				c.urgency.name(), c.tier, c.areaClass.name(), c.description, c.address, c.lon, c.lat, c.attachments,
				c.trails, c.primaryLayer, districts.of(c.trails), c.handlingGrid, c.member, c.responsibility,
				c.assignment, c.pending, c.notices, c.duplicateCandidates, c.mergedInto, c.absorbed, c.selfHandled,
				c.reworkCount, c.returnCount, c.escalationCount, c.postponedDays, c.satisfaction, c.clock,
				c.clockWarning, c.reportedAt, c.closedAt, CallerFit.allowedSlugs(c, grant, closing), List.copyOf(timeline));
	}

	/**
	 * The reporter with the phone masked (138****5678) unless the grant may read personal information; every
	 * unmasked read is audited (个人信息保护法).
	 */
	NewCase.Reporter reporter(Case c, Grant grant) {
		NewCase.Reporter reporter = c.reporter;
		if (reporter == null || reporter.phone() == null) {
			return reporter;
		}
		if (grant.permits("pii:read")) {
			if (!grant.system()) {
				audit.record(grant.username(), "pii-read", "case:" + c.id, Map.of("field", "reporter.phone"));
			}
			return reporter;
		}
		return new NewCase.Reporter(reporter.name(), org.onegrid.access.Masking.phone(reporter.phone()));
	}

	/** The reporting day and the case's place in that day's sequence, such as {@code 20261122-000042}. */
	String caseNo(Case c) {
		return caseNo(c.numberDay, c.dayNumber);
	}

	static String caseNo(LocalDate day, long number) {
		String serial = Long.toString(number);
		StringBuilder no = new StringBuilder(16).append(day.getYear());
		pad(no, Integer.toString(day.getMonthValue()), 2);
		pad(no, Integer.toString(day.getDayOfMonth()), 2);
		return pad(no.append('-'), serial, 6).toString();
	}

	private static StringBuilder pad(StringBuilder to, String digits, int width) {
		for (int i = digits.length(); i < width; i++) {
			to.append('0');
		}
		return to.append(digits);
	}
}
