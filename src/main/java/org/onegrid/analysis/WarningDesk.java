package org.onegrid.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.cases.ActionRequest;
import org.onegrid.cases.CaseBrief;
import org.onegrid.cases.CaseBriefs;
import org.onegrid.cases.Lifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Shows warnings to their readers and turns them into supervision. A reader sees a warning only if they may see
 * every one of its cases, so that a warning never tells of cases outside their scope; one they may not see is
 * answered with 404, as a case out of scope is.
 */
@Service
class WarningDesk {

	/** The most warnings one listing shows. */
	static final int LIMIT = 200;

	private final Warnings warnings;

	private final CaseBriefs briefs;

	private final Lifecycle lifecycle;

	private final Clock clock;

	WarningDesk(Warnings warnings, CaseBriefs briefs, Lifecycle lifecycle, Clock clock) {
		this.warnings = warnings;
		this.briefs = briefs;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	List<Warning> visible(Grant grant) {
		return warnings.newest(LIMIT).stream().filter(w -> sees(w, grant)).toList();
	}

	Warning get(long id, Grant grant) {
		return warnings.find(id)
			.filter(w -> sees(w, grant))
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "There is no warning " + id));
	}

	/**
	 * Sends a supervision notice (督办) with the note to each open case of the warning, as the caller, and records
	 * that the warning was acted upon; returns the ids of the cases supervised.
	 */
	List<Long> supervise(long id, SupervisionRequest request, Grant grant) {
		List<Violation> violations = new ArrayList<>();
		Fields.text(request.note(), "note", 500, violations);
		Fields.failIfAny(violations);
		Warning warning = get(id, grant);
		grant.require("case:supervise");
		List<Long> supervised = new ArrayList<>();
		for (CaseBrief brief : briefs.of(warning.caseIds(), "街道")) {
			if (brief.state().isOpen()) {
				lifecycle.act(brief.id(), "supervise", new ActionRequest(null, null, null, request.note(), null,
						null, null, null, null, null, null, null, null, null, null, null, null, null, null,
						"SUPERVISE", null, null), grant);
				supervised.add(brief.id());
			}
		}
		if (supervised.isEmpty()) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "督办无对象 / None of the warning's cases is open");
		}
		warnings.markActed(id, clock.instant(), grant.username());
		return supervised.stream().sorted().toList();
	}

	private boolean sees(Warning warning, Grant grant) {
		if (grant.all()) {
			return true;
		}
		Map<Long, CaseBrief> cases = briefs.of(warning.caseIds(), "街道").stream()
			.collect(Collectors.toMap(CaseBrief::id, Function.identity()));
		return warning.caseIds().stream()
			.allMatch(id -> cases.containsKey(id)
					&& grant.sees(cases.get(id).gridKeys(), cases.get(id).departments(), cases.get(id).reportedBy()));
	}
}
