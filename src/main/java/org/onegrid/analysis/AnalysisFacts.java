package org.onegrid.analysis;

import org.onegrid.cases.ReportedCase;
import org.onegrid.cases.ReportedCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the analysis facts afresh from the stored cases, for an operator whose facts missed events (cases loaded
 * before the module came, or a table restored from an older backup): every case counts again as it was reported,
 * where it lies now, with its closing time and the citizen's answer at the callback, as the events would have left
 * it. Cases are taken a page at a time, each page in its own short transaction, so reports and steps go on
 * meanwhile and lose nothing.
 */
@Service
public class AnalysisFacts {

	private static final int PAGE = 1_000;

	private final ReportFacts facts;

	private final ReportedCases cases;

	private final TransactionTemplate transactions;

	AnalysisFacts(ReportFacts facts, ReportedCases cases, TransactionTemplate transactions) {
		this.facts = facts;
		this.cases = cases;
		this.transactions = transactions;
	}

	/** Stores every case's fact afresh; answers how many cases it counted. */
	public long rebuild() {
		long counted = 0;
		long after = 0;
		while (after >= 0) {
			long from = after;
			ReportedCases.Page page = transactions.execute(status -> {
				ReportedCases.Page read = cases.after(from, PAGE);
				read.cases().forEach(c -> facts.replace(fact(c), c.kind().name(), c.satisfaction() == null ? null
						: new ReportFacts.Answer(c.satisfaction().name(), c.evaluatedAt())));
				return read;
			});
			counted += page.cases().size();
			after = page.next();
		}
		return counted;
	}

	private static ReportFacts.Report fact(ReportedCase c) {
		return new ReportFacts.Report(c.caseId(), c.layer(), c.grid(), c.minorCode(), c.reportedAt(), c.lon(), c.lat(),
				c.closedAt());
	}
}
