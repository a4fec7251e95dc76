package org.onegrid.webhook;

import java.util.ArrayList;
import java.util.List;

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
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseReturned;
import org.onegrid.cases.CaseReworked;
import org.onegrid.cases.CaseVoided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears the cases module's events once their transaction has committed (an event of a rolled-back step is never
 * heard) and records them in the outbox. An event whose recording failed stays incomplete in the publication
 * registry and is handed over again when the application restarts; the outbox records each event once however
 * often it is handed over, so none is lost and none doubled. Who reported and who acted are left out:
 * subscribers learn what happened and where, not who.
 */
@Component
class CaseEvents {

	private final Outbox outbox;

	CaseEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(CaseReported event) {
		outbox.record(Occurrence.step(EventType.REPORTED, event.caseId(), 1, event.reportedAt(), "channel",
				event.channel().name(), "kind", event.kind().name(), "minorCode", event.minorCode(), "handlingGrid",
				event.handlingGrid(), "selfHandled", event.selfHandled()));
	}

	@ApplicationModuleListener
	void on(CaseFiled event) {
		outbox.record(Occurrence.step(EventType.FILED, event.caseId(), event.seq(), event.filedAt()));
	}

	@ApplicationModuleListener
	void on(CaseDispatched event) {
		outbox.record(Occurrence.step(EventType.DISPATCHED, event.caseId(), event.seq(), event.dispatchedAt(),
				"leadDepartment", event.leadDepartment(), "assistingDepartments", event.assistingDepartments(),
				"deadline", event.deadline()));
	}

	@ApplicationModuleListener
	void on(CaseReturned event) {
		outbox.record(Occurrence.step(EventType.RETURNED, event.caseId(), event.seq(), event.returnedAt(),
				"department", event.department()));
	}

	@ApplicationModuleListener
	void on(CaseHandled event) {
		outbox.record(Occurrence.step(EventType.HANDLED, event.caseId(), event.seq(), event.handledAt(),
				"department", event.department(), "onTime", event.onTime()));
	}

	@ApplicationModuleListener
	void on(CaseReworked event) {
		outbox.record(Occurrence.step(EventType.REWORKED, event.caseId(), event.seq(), event.reworkedAt(),
				"department", event.department()));
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		outbox.record(Occurrence.step(EventType.CLOSED, event.caseId(), event.seq(), event.closedAt(),
				"leadDepartment", event.leadDepartment(), "reworkCount", event.reworkCount(), "handledOnTime",
				event.handledOnTime(), "selfHandled", event.selfHandled()));
	}

	@ApplicationModuleListener
	void on(CaseEvaluated event) {
		outbox.record(Occurrence.step(EventType.EVALUATED, event.caseId(), event.seq(), event.evaluatedAt(),
				"department", event.department(), "satisfaction",
				event.satisfaction() == null ? null : event.satisfaction().name()));
	}

	@ApplicationModuleListener
	void on(CasePostponed event) {
		outbox.record(Occurrence.step(EventType.POSTPONED, event.caseId(), event.seq(), event.approvedAt(),
				"department", event.department(), "days", event.days(), "deadline", event.deadline()));
	}

	@ApplicationModuleListener
	void on(CaseVoided event) {
		outbox.record(Occurrence.step(EventType.VOIDED, event.caseId(), event.seq(), event.voidedAt()));
	}

	@ApplicationModuleListener
	void on(CaseEscalated event) {
		outbox.record(Occurrence.step(EventType.ESCALATED, event.caseId(), event.seq(), event.escalatedAt(),
				"layer", event.layer(), "fromGrid", event.fromGrid(), "toGrid", event.toGrid(), "automatic",
				Actor.SYSTEM.id().equals(event.by())));
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
