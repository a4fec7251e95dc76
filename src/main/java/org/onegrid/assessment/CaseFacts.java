package org.onegrid.assessment;

import java.util.EnumSet;
import java.util.Set;

import org.onegrid.cases.CaseAccepted;
import org.onegrid.cases.CaseChecked;
import org.onegrid.cases.CaseClosed;
import org.onegrid.cases.CaseDispatched;
import org.onegrid.cases.CaseEscalated;
import org.onegrid.cases.CaseEvaluated;
import org.onegrid.cases.CaseFiled;
import org.onegrid.cases.CaseHandled;
import org.onegrid.cases.CasePostponed;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseRejected;
import org.onegrid.cases.CaseReturned;
import org.onegrid.cases.CaseReworked;
import org.onegrid.cases.CaseVerified;
import org.onegrid.cases.CaseVoided;
import org.onegrid.cases.Channel;
import org.onegrid.cases.Satisfaction;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the cases module's events into assessment facts, each stored once however often it is delivered.
 */
@Component
class CaseFacts {

	/** The channels on which a case reported first by someone else counts as missed by the grid's workers. */
	static final Set<Channel> MISSED_CHANNELS = EnumSet.of(Channel.CITIZEN, Channel.HOTLINE_12345,
			Channel.HOTLINE_12319, Channel.PROVINCIAL_PLATFORM);

	private final Facts facts;

	private final Staff staff;

	CaseFacts(Facts facts, Staff staff) {
		this.facts = facts;
		this.staff = staff;
	}

	/**
	 * A citizen's or the hotline's report also records who was answerable for finding it on patrol: the accounts of
	 * the teams of the case's grids, as they are when the report comes in.
	 */
	@ApplicationModuleListener
	void on(CaseReported event) {
		facts.reported(event.caseId(), event.handlingGrid(), event.channel().name(), event.source(),
				event.selfHandled(), event.reportedAt(), event.reportedBy());
		if (MISSED_CHANNELS.contains(event.channel()) && event.layer() != null && !event.grids().isEmpty()) {
			facts.watched(event.caseId(), staff.teamAccounts(event.layer(), event.grids()));
		}
	}

	@ApplicationModuleListener
	void on(CaseVerified event) {
		facts.step(Facts.Step.byPerson(event.caseId(), event.seq(), "VERIFY", event.verifiedBy(), event.verifiedAt(),
				event.deadline(), event.confirmed()));
	}

	@ApplicationModuleListener
	void on(CaseAccepted event) {
		facts.step(Facts.Step.byPerson(event.caseId(), event.seq(), "ACCEPT", event.acceptedBy(), event.acceptedAt(),
				event.deadline(), null));
	}

	@ApplicationModuleListener
	void on(CaseRejected event) {
		facts.step(Facts.Step.byPerson(event.caseId(), event.seq(), "REJECT", event.rejectedBy(), event.rejectedAt(),
				null, null));
	}

	@ApplicationModuleListener
	void on(CaseChecked event) {
		facts.step(Facts.Step.byPerson(event.caseId(), event.seq(), "CHECK", event.checkedBy(), event.checkedAt(),
				event.deadline(), event.passed()));
	}

	@ApplicationModuleListener
	void on(CaseFiled event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "FILE", null, event.filedAt(), null, null, null,
				event.filedBy(), event.deadline(), null));
	}

	@ApplicationModuleListener
	void on(CaseDispatched event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "DISPATCH", event.leadDepartment(),
				event.dispatchedAt(), null, event.deadline(), null, event.dispatchedBy(), event.dispatchDeadline(),
				null));
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
