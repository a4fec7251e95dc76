package org.onegrid.cases;

import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Links a report that repeats an open case (重复件) to that case while intake stores it: which case may take it, and
 * the merge itself. Runs inside intake's transaction, after the report's request id is claimed (so that a retry of
 * a linked report returns its case), and a refused or lost link rolls the whole report back.
 */
@Component
class RepeatReports {

	static final String NOTE = "重复上报，已并入原案件 / Reported again; linked to the case already open";

	private final Cases cases;

	private final CaseRules rules;

	private final CaseWriter writer;

	RepeatReports(Cases cases, CaseRules rules, CaseWriter writer) {
		this.cases = cases;
		this.rules = rules;
		this.writer = writer;
	}

	/**
	 * The case {@code report} repeats, as stored: 404 when it is not in the caller's scope, 422 naming
	 * {@code targetCaseId} when it is not one of the report's duplicate candidates (another class, too far, too old,
	 * or no longer open).
	 */
	Cases.Loaded target(Case report, long targetId, Grant grant) {
		Cases.Loaded target = cases.load(targetId, grant)
			.orElseThrow(() -> ApiProblem.notFound("Case", Long.toString(targetId)));
		if (!report.duplicateCandidates.contains(targetId)) {
			throw ApiProblem.invalidField("targetCaseId", "NOT_A_REPEAT", "case " + targetId + " is not an open case "
					+ "of minor class " + report.minorCode + " near this place reported recently, so this report "
					+ "cannot be linked to it; report it as a case of its own");
		}
		return target;
	}

	/** Merges the new case into the target and stores both; the new case's whole timeline. */
	List<TimelineEntry> merge(Case report, List<TimelineEntry> timeline, Cases.Loaded target, Grant grant) {
		Actor actor = new Actor(grant.username(), grant.roles().isEmpty() ? null : grant.roles().get(0));
		report.mergeInto(target.c(), actor, NOTE, rules);
		List<TimelineEntry> after = writer.write(report, timeline).orElseThrow(RepeatReports::changed);
		writer.write(target.c(), target.timeline()).orElseThrow(RepeatReports::changed);
		return after;
	}

	private static ApiProblem changed() {
		return new ApiProblem(HttpStatus.CONFLICT, "conflict", "The case this report repeats changed while the "
				+ "report was stored; nothing was stored, send the report again");
	}
}
