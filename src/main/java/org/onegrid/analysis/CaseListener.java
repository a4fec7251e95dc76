package org.onegrid.analysis;

import org.onegrid.api.SameTransactionListener;
import org.onegrid.cases.CaseClosed;
import org.onegrid.cases.CaseEvaluated;
import org.onegrid.cases.CaseRelocated;
import org.onegrid.cases.CaseReported;
import org.springframework.stereotype.Component;

/**
 * Keeps the analysis facts from the cases module's events, in the step's own transaction. The events carry the
 * report's point, so that taking a report in reads nothing back.
 */
@Component
class CaseListener {

	private final ReportFacts facts;

	private final WarningSweep sweep;

	CaseListener(ReportFacts facts, WarningSweep sweep) {
		this.facts = facts;
		this.sweep = sweep;
	}

	/**
	 * A report counts where it lies; one whose layer, grid, category or point is not known is not placed. A case from
	 * another system's past records makes the warnings be looked for again soon.
	 */
	@SameTransactionListener
	void on(CaseReported event) {
		if (event.historical()) {
			sweep.pastRecorded();
		}
		if (event.layer() == null || event.grids().isEmpty() || event.minorCode() == null || event.lon() == null
				|| event.lat() == null) {
			return;
		}
		facts.reported(new ReportFacts.Report(event.caseId(), event.layer(), event.grids().get(0), event.minorCode(),
				event.reportedAt(), event.lon(), event.lat(), event.selfHandled() ? event.reportedAt() : null),
				event.kind().name());
	}

	/** A case moved counts where it lies now, in hot spots and surges alike. */
	@SameTransactionListener
	void on(CaseRelocated event) {
		facts.moved(event.caseId(), event.primaryLayer(), event.grids().get(0), event.lon(), event.lat());
	}

	@SameTransactionListener
	void on(CaseClosed event) {
		facts.closed(event.caseId(), event.closedAt());
	}

	/** The citizen's answer at the callback, for the course of satisfaction month by month. */
	@SameTransactionListener
	void on(CaseEvaluated event) {
		facts.evaluated(event.caseId(), new ReportFacts.Answer(event.satisfaction().name(), event.evaluatedAt()));
	}
}
