package org.onegrid.assessment;

import org.onegrid.cases.CaseClosed;
import org.onegrid.cases.CaseDispatched;
import org.onegrid.cases.CaseEscalated;
import org.onegrid.cases.CaseEvaluated;
import org.onegrid.cases.CaseFiled;
import org.onegrid.cases.CaseHandled;
import org.onegrid.cases.CasePostponed;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseReturned;
import org.onegrid.cases.CaseReworked;
import org.onegrid.cases.CaseVoided;
import org.onegrid.cases.Satisfaction;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the cases module's events into assessment facts, each stored once however often it is delivered.
 */
@Component
class CaseFacts {

	private final Facts facts;

	CaseFacts(Facts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(CaseReported event) {
		facts.reported(event.caseId(), event.handlingGrid(), event.channel().name(), event.selfHandled(),
				event.reportedAt());
	}

	@ApplicationModuleListener
	void on(CaseFiled event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "FILE", null, event.filedAt(), null, null));
	}

	@ApplicationModuleListener
	void on(CaseDispatched event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "DISPATCH", event.leadDepartment(),
				event.dispatchedAt(), null, event.deadline()));
	}

	@ApplicationModuleListener
	void on(CaseReturned event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "RETURN", event.department(), event.returnedAt(), null,
				null));
	}

	@ApplicationModuleListener
	void on(CaseEscalated event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "ESCALATE", null, event.escalatedAt(), null, null));
	}

	@ApplicationModuleListener
	void on(CaseHandled event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "HANDLE", event.department(), event.handledAt(),
				event.onTime(), null));
	}

	@ApplicationModuleListener
	void on(CaseReworked event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "REWORK", event.department(), event.reworkedAt(), null,
				null));
	}

	@ApplicationModuleListener
	void on(CasePostponed event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "POSTPONE", event.department(), event.approvedAt(),
				null, event.deadline()));
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "CLOSE", event.leadDepartment(), event.closedAt(),
				event.handledOnTime(), null));
	}

	/** Satisfied or mostly satisfied (满意、基本满意) both count as satisfied. */
	@ApplicationModuleListener
	void on(CaseEvaluated event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "EVALUATE", event.department(), event.evaluatedAt(),
				null, null, event.satisfaction() != Satisfaction.DISSATISFIED));
	}

	@ApplicationModuleListener
	void on(CaseVoided event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "VOID", null, event.voidedAt(), null, null));
	}
}
