package org.onegrid.analysis;

import org.onegrid.access.Grant;
import org.onegrid.api.SameTransactionListener;
import org.onegrid.cases.CaseClosed;
import org.onegrid.cases.CaseEvaluated;
import org.onegrid.cases.CaseRelocated;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseView;
import org.springframework.stereotype.Component;

/**
 * Keeps the analysis facts from the cases module's events, in the step's own transaction. The report's place is
 * read once through the cases module's public API, since the event carries grids but not the point.
 */
@Component
class CaseListener {

	private static final Grant SYSTEM = Grant.system("analysis");

	private final ReportFacts facts;

	private final CaseSearch search;

	CaseListener(ReportFacts facts, CaseSearch search) {
		this.facts = facts;
		this.search = search;
	}

	@SameTransactionListener
	void on(CaseReported event) {
		if (event.layer() == null || event.grids().isEmpty() || event.minorCode() == null) {
			return;
		}
		CaseView view = search.get(event.caseId(), SYSTEM);
		facts.reported(new ReportFacts.Report(event.caseId(), event.layer(), event.grids().get(0), event.minorCode(),
				event.reportedAt(), view.lon(), view.lat(), view.closedAt()), event.kind().name());
	}

	/** A case moved counts where it lies now, in hot spots and surges alike. */
	@SameTransactionListener
	void on(CaseRelocated event) {
		CaseView view = search.get(event.caseId(), SYSTEM);
		facts.moved(event.caseId(), event.primaryLayer(), event.grids().get(0), view.lon(), view.lat());
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
