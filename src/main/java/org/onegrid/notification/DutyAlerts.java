package org.onegrid.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.access.AccountDirectory;
import org.onegrid.cases.CaseEscalated;
import org.onegrid.cases.CaseLightChanged;
import org.onegrid.cases.CaseLightsChanged;
import org.onegrid.cases.Light;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.people.DutyRoster;
import org.onegrid.people.Organisation;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person of every yellow and red light and every escalation: whoever is on duty for the case's unit, else
 * its head, as {@link AlertRouting} finds them; an alert that reaches nobody goes to the command centre's queue of
 * unassigned alerts. No alert is dropped, and each is stored once however often its event is delivered.
 */
@Component
class DutyAlerts {

	private final Organisation organisation;

	private final DutyRoster roster;

	private final GridHierarchy grids;

	private final AccountDirectory accounts;

	private final Notifications notifications;

	private final UnassignedAlerts unassigned;

	private final Clock clock;

	DutyAlerts(Organisation organisation, DutyRoster roster, GridHierarchy grids, AccountDirectory accounts,
			Notifications notifications, UnassignedAlerts unassigned, Clock clock) {
		this.organisation = organisation;
		this.roster = roster;
		this.grids = grids;
		this.accounts = accounts;
		this.notifications = notifications;
		this.unassigned = unassigned;
		this.clock = clock;
	}

	/** Every light of a sweep's pass, routed from one look at the organisation and roster, stored in batches. */
	@ApplicationModuleListener
	void on(CaseLightsChanged event) {
		AlertRouting routing = routing(clock.instant());
		Map<String, AlertRouting.Recipients> byGrid = new HashMap<>();
		List<Notifications.Notice> notices = new ArrayList<>();
		List<UnassignedAlerts.Alert> nobody = new ArrayList<>();
		for (CaseLightChanged change : event.changes()) {
			String kind = change.light() == Light.RED ? "light-red" : "light-yellow";
			String message = (change.light() == Light.RED ? "红灯:案件 " + change.caseId() + " 已超期 / Case overdue"
					: "黄灯:案件 " + change.caseId() + " 即将超期 / Case nearly overdue") + " (" + change.stage() + ", "
					+ change.deadline() + ")";
			String key = kind + ":" + change.caseId() + ":" + change.stage() + ":" + change.deadline();
			AlertRouting.Recipients recipients = byGrid.computeIfAbsent(change.layer() + ":" + change.handlingGrid(),
					grid -> routing.recipients(change.layer(), change.handlingGrid()));
			if (recipients.people().isEmpty()) {
				nobody.add(new UnassignedAlerts.Alert(change.caseId(), kind, message, key, change.layer(),
						change.handlingGrid(), recipients.unitCode()));
			}
			recipients.people().forEach(person -> notices.add(new Notifications.Notice(person, change.caseId(), kind,
					message, key)));
		}
		notifications.sendAll(notices);
		unassigned.addAll(nobody);
	}

	@ApplicationModuleListener
	void on(CaseEscalated event) {
		alert(routing(clock.instant()), event.layer(), event.toGrid(), event.caseId(), "escalated", "上报:案件 "
				+ event.caseId() + " 已上报至本级 / Case escalated to you: " + event.reason(),
				"escalated:" + event.caseId() + ":" + event.toGrid());
	}

	/** One look at the organisation and the roster at the instant, to route any number of alerts from. */
	AlertRouting routing(Instant at) {
		return new AlertRouting(organisation.list(), roster.onDutyEverywhere(at), grids::parents, accounts::reachable);
	}

	void alert(AlertRouting routing, String layer, String grid, long caseId, String kind, String message,
			String key) {
		AlertRouting.Recipients recipients = routing.recipients(layer, grid);
		if (recipients.people().isEmpty()) {
			unassigned.add(caseId, kind, message, key, layer, grid, recipients.unitCode());
			return;
		}
		recipients.people().forEach(person -> notifications.send(person, caseId, kind, message, key));
	}
}
