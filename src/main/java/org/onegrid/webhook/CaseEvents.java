package org.onegrid.webhook;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.api.SameTransactionListener;
import org.onegrid.cases.Actor;
import org.onegrid.cases.CaseClosed;
import org.onegrid.cases.CaseDispatched;
import org.onegrid.cases.CaseEscalated;
import org.onegrid.cases.CaseEvaluated;
import org.onegrid.cases.CaseFiled;
import org.onegrid.cases.CaseHandled;
import org.onegrid.cases.CaseLightChanged;
import org.onegrid.cases.CaseLightsChanged;
import org.onegrid.cases.CasePostponed;
import org.onegrid.cases.CaseRelocated;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseReturned;
import org.onegrid.cases.CaseReworked;
import org.onegrid.cases.CaseVoided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the cases module's events in the outbox. A step's event is recorded in the step's own transaction, just
 * before it commits: the delivery exists if and only if the step committed, and it describes the case as that step
 * left it. The lights of a sweep pass are recorded after the pass committed, in the listener's transaction, so that
 * a large pass does not wait for them; such an event whose recording failed stays incomplete in the publication
 * registry and is handed over again when the application restarts, and the outbox records each event once however
 * often it is handed over. Who reported and who acted are left out: subscribers learn what happened and where, not
 * who. The steps of a case recorded from another system's past records are not news and are not delivered: an
 * import of years of tickets would otherwise queue its steps ahead of today's for every subscriber. Such cases are
 * read through the API like any other.
 */
@Component
class CaseEvents {

	private final Outbox outbox;

	CaseEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	@SameTransactionListener
	void on(CaseReported event) {
		if (event.historical()) {
			return;
		}
		outbox.record(Occurrence.step(EventType.REPORTED, event.caseId(), 1, event.reportedAt(), "channel",
				event.channel().name(), "kind", event.kind().name(), "minorCode", event.minorCode(), "handlingGrid",
				event.handlingGrid(), "selfHandled", event.selfHandled()));
	}

	@SameTransactionListener
	void on(CaseFiled event) {
		if (event.historical()) {
			return;
		}
		outbox.record(Occurrence.step(EventType.FILED, event.caseId(), event.seq(), event.filedAt()));
	}

	@SameTransactionListener
	void on(CaseDispatched event) {
		if (event.historical()) {
			return;
		}
		outbox.record(Occurrence.step(EventType.DISPATCHED, event.caseId(), event.seq(), event.dispatchedAt(),
				"leadDepartment", event.leadDepartment(), "assistingDepartments", event.assistingDepartments(),
				"deadline", event.deadline()));
	}

	@SameTransactionListener
	void on(CaseReturned event) {
		outbox.record(Occurrence.step(EventType.RETURNED, event.caseId(), event.seq(), event.returnedAt(),
				"department", event.department()));
	}

	@SameTransactionListener
	void on(CaseHandled event) {
		if (event.historical()) {
			return;
		}
		outbox.record(Occurrence.step(EventType.HANDLED, event.caseId(), event.seq(), event.handledAt(),
				"department", event.department(), "onTime", event.onTime()));
	}

	@SameTransactionListener
	void on(CaseReworked event) {
		outbox.record(Occurrence.step(EventType.REWORKED, event.caseId(), event.seq(), event.reworkedAt(),
				"department", event.department()));
	}

	@SameTransactionListener
	void on(CaseClosed event) {
		if (event.historical()) {
			return;
		}
		outbox.record(Occurrence.step(EventType.CLOSED, event.caseId(), event.seq(), event.closedAt(),
				"leadDepartment", event.leadDepartment(), "reworkCount", event.reworkCount(), "handledOnTime",
				event.handledOnTime(), "selfHandled", event.selfHandled()));
	}

	@SameTransactionListener
	void on(CaseEvaluated event) {
		if (event.historical()) {
			return;
		}
		outbox.record(Occurrence.step(EventType.EVALUATED, event.caseId(), event.seq(), event.evaluatedAt(),
				"department", event.department(), "satisfaction",
				event.satisfaction() == null ? null : event.satisfaction().name()));
	}

	@SameTransactionListener
	void on(CasePostponed event) {
		outbox.record(Occurrence.step(EventType.POSTPONED, event.caseId(), event.seq(), event.approvedAt(),
				"department", event.department(), "days", event.days(), "deadline", event.deadline()));
	}

	@SameTransactionListener
	void on(CaseVoided event) {
		outbox.record(Occurrence.step(EventType.VOIDED, event.caseId(), event.seq(), event.voidedAt()));
	}

	@SameTransactionListener
	void on(CaseEscalated event) {
		outbox.record(Occurrence.step(EventType.ESCALATED, event.caseId(), event.seq(), event.escalatedAt(),
				"layer", event.layer(), "fromGrid", event.fromGrid(), "toGrid", event.toGrid(), "automatic",
				Actor.SYSTEM.id().equals(event.by())));
	}

	@SameTransactionListener
	void on(CaseRelocated event) {
		outbox.record(Occurrence.step(EventType.RELOCATED, event.caseId(), event.seq(), event.relocatedAt(),
				"layer", event.layer(), "fromGrid", event.fromGrid(), "toGrid", event.toGrid(), "handlingGrid",
				event.handlingGrid(), "layerVersion", event.layerVersion(), "corrected", event.corrected()));
	}

	/** Each light a sweep pass turned, as an event of its own case, occurring when it is recorded. */
	@ApplicationModuleListener
	void on(CaseLightsChanged event) {
		List<Occurrence> lights = new ArrayList<>();
		for (CaseLightChanged change : event.changes()) {
			String key = EventType.LIGHT_CHANGED.publicName() + ":" + change.caseId() + ":" + change.stage() + ":"
					+ change.light() + ":" + change.deadline();
			lights.add(new Occurrence(EventType.LIGHT_CHANGED, change.caseId(), null, null, key,
					Occurrence.details("stage", change.stage().name(), "light", change.light().name(), "deadline",
							change.deadline(), "layer", change.layer(), "handlingGrid", change.handlingGrid(),
							"leadDepartment", change.leadDepartment())));
		}
		outbox.recordAll(lights);
	}
}
