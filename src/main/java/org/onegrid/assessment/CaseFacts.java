package org.onegrid.assessment;

import java.util.EnumSet;
import java.util.Set;

import org.onegrid.api.SameTransactionListener;
import org.onegrid.cases.CaseAccepted;
import org.onegrid.cases.CaseChecked;
import org.onegrid.cases.CaseClosed;
import org.onegrid.cases.CaseDispatched;
import org.onegrid.cases.CaseEscalated;
import org.onegrid.cases.CaseEvaluated;
import org.onegrid.cases.CaseFiled;
import org.onegrid.cases.CaseHandled;
import org.onegrid.cases.CasePostponed;
import org.onegrid.cases.CaseRejected;
import org.onegrid.cases.CaseRelocated;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseReturned;
import org.onegrid.cases.CaseReworked;
import org.onegrid.cases.CaseVerified;
import org.onegrid.cases.CaseVoided;
import org.onegrid.cases.Channel;
import org.onegrid.cases.Satisfaction;
import org.springframework.stereotype.Component;

/**
 * Turns the cases module's events into assessment facts, in the step's own transaction, so the facts a month is
 * scored on agree with the cases exactly; each is stored once however often it is delivered.
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
	@SameTransactionListener
	void on(CaseReported event) {
		facts.reported(event.caseId(), event.handlingGrid(), event.channel().name(), event.source(),
				event.selfHandled(), event.reportedAt(), event.reportedBy());
		if (MISSED_CHANNELS.contains(event.channel()) && event.layer() != null && !event.grids().isEmpty()) {
			facts.watched(event.caseId(), staff.teamAccounts(event.layer(), event.grids()));
		}
	}

	/**
	 * A person corrected the case's point: it was never where it was first placed, so the grids that hold it answer
	 * for it from the start, and the teams answerable for having missed it are theirs. A boundary change moves no
	 * fact: the case was where it was when it was reported.
	 */
	@SameTransactionListener
	void on(CaseRelocated event) {
		if (!event.corrected()) {
			return;
		}
		facts.regridded(event.caseId(), event.handlingGrid()).ifPresent(channel -> {
			if (MISSED_CHANNELS.stream().anyMatch(missed -> missed.name().equals(channel))) {
				facts.unwatched(event.caseId());
				facts.watched(event.caseId(), staff.teamAccounts(event.primaryLayer(), event.grids()));
			}
		});
	}

	@SameTransactionListener
	void on(CaseVerified event) {
		facts.step(Facts.Step.byPerson(event.caseId(), event.seq(), "VERIFY", event.verifiedBy(), event.verifiedAt(),
				event.deadline(), event.confirmed()));
	}

	@SameTransactionListener
	void on(CaseAccepted event) {
		facts.step(Facts.Step.byPerson(event.caseId(), event.seq(), "ACCEPT", event.acceptedBy(), event.acceptedAt(),
				event.deadline(), null));
	}

	@SameTransactionListener
	void on(CaseRejected event) {
		facts.step(Facts.Step.byPerson(event.caseId(), event.seq(), "REJECT", event.rejectedBy(), event.rejectedAt(),
				null, null));
	}

	@SameTransactionListener
	void on(CaseChecked event) {
		facts.step(Facts.Step.byPerson(event.caseId(), event.seq(), "CHECK", event.checkedBy(), event.checkedAt(),
				event.deadline(), event.passed()));
	}

	@SameTransactionListener
	void on(CaseFiled event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "FILE", null, event.filedAt(), null, null, null,
				event.filedBy(), event.deadline(), null));
	}

	@SameTransactionListener
	void on(CaseDispatched event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "DISPATCH", event.leadDepartment(),
				event.dispatchedAt(), null, event.deadline(), null, event.dispatchedBy(), event.dispatchDeadline(),
				null));
	}

	@SameTransactionListener
	void on(CaseReturned event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "RETURN", event.department(), event.returnedAt(), null,
				null));
	}

	@SameTransactionListener
	void on(CaseEscalated event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "ESCALATE", null, event.escalatedAt(), null, null));
	}

	@SameTransactionListener
	void on(CaseHandled event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "HANDLE", event.department(), event.handledAt(),
				event.onTime(), null));
	}

	@SameTransactionListener
	void on(CaseReworked event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "REWORK", event.department(), event.reworkedAt(), null,
				null));
	}

	@SameTransactionListener
	void on(CasePostponed event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "POSTPONE", event.department(), event.approvedAt(),
				null, event.deadline()));
	}

	@SameTransactionListener
	void on(CaseClosed event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "CLOSE", event.leadDepartment(), event.closedAt(),
				event.handledOnTime(), null));
	}

	/** Satisfied or mostly satisfied (满意、基本满意) both count as satisfied. */
	@SameTransactionListener
	void on(CaseEvaluated event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "EVALUATE", event.department(), event.evaluatedAt(),
				null, null, event.satisfaction() != Satisfaction.DISSATISFIED));
	}

	@SameTransactionListener
	void on(CaseVoided event) {
		facts.step(new Facts.Step(event.caseId(), event.seq(), "VOID", null, event.voidedAt(), null, null));
	}
}
