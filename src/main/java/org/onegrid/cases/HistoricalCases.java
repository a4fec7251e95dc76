package org.onegrid.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps cases that happened before OneGrid, from another system's records, as they happened: each is stored in the
 * state it reached, with a timeline entry for every step at the step's original time, and publishes the same events
 * as the live steps, so that assessment and analysis count it in the month it happened. A source key is recorded
 * once: recording it again changes nothing and answers the case already stored.
 */
@Service
public class HistoricalCases {

	/** The permission to import historical cases. */
	public static final String IMPORT = "history:import";

	private final Intake intake;

	private final CaseRules rules;

	private final CaseWriter writer;

	private final Cases cases;

	private final TransactionTemplate transactions;

	HistoricalCases(Intake intake, CaseRules rules, CaseWriter writer, Cases cases,
			TransactionTemplate transactions) {
		this.intake = intake;
		this.rules = rules;
		this.writer = writer;
		this.cases = cases;
		this.transactions = transactions;
	}

	/** The outcome of recording one historical case: its id, and whether this call stored it. */
	public record Recorded(long caseId, boolean created) {
	}

	/**
	 * What is wrong with the historical case, field by field (fields of the report as in {@link NewCase}, and its
	 * times), including a department nobody with an account could take the case up in; empty when it can be
	 * recorded as far as the report, its department and its times go.
	 */
	public List<Violation> check(HistoricalCase history) {
		List<Violation> violations = new ArrayList<>();
		intake.check(history.report(), violations);
		Fields.department(history.department(), "department", violations);
		if (violations.stream().noneMatch(violation -> violation.field().equals("department"))) {
			String nobody = rules.nobodyFor(history.department(), null, "case:sign");
			if (nobody != null) {
				violations.add(new Violation("department", "NOBODY", "无人可接收 / Nobody can take up cases sent to '"
						+ history.department() + "': " + nobody));
			}
		}
		HistoricalTimes.check(history, rules.now(), violations);
		return violations;
	}

	/**
	 * Records the historical case for a caller with {@link #IMPORT}, in one transaction: refused field by field as
	 * {@link #check} finds, or where its point lies in no grid or nobody can take up its department's work.
	 */
	public Recorded record(HistoricalCase history, Grant grant) {
		grant.require(IMPORT);
		List<Violation> violations = check(history);
		Fields.failIfAny(violations);
		Report report = intake.check(history.report(), new ArrayList<>());
		Place place = intake.locate(history.report());
		String requestId = "history:" + history.sourceKey();
		Actor actor = new Actor(grant.username(), Actor.IMPORT);
		Optional<Long> stored = transactions.execute(status -> {
			Case c = Case.historical(report, intake.confirm(place), history.reportedAt(), rules, actor);
			if (!writer.claim(c, requestId, Intake.hash(history.report()))) {
				return Optional.<Long>empty();
			}
			c.announceReport();
			c.replay(actor, history, rules);
			c.catchUpLight(rules.now());
			writer.create(c);
			return Optional.of(c.id);
		});
		if (stored.isPresent()) {
			return new Recorded(stored.get(), true);
		}
		return cases.byRequestId(requestId).map(found -> new Recorded(found.getKey(), false))
			.orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "conflict",
					"The case of source key " + history.sourceKey() + " is being recorded by another import"));
	}
}
