package org.onegrid.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.cases.CaseEscalated;
import org.onegrid.cases.CaseLightChanged;
import org.onegrid.cases.Light;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.people.DutyRoster;
import org.onegrid.people.DutyShift;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.Organisation;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Finds who is on duty for a case and tells them. The case's handling grid leads to the unit that owns it (or to
 * the unit of the nearest grid above it that has one); if nobody is on duty there, the unit above is asked, up to
 * the district, so an alert is never dropped while someone anywhere above is on duty.
 */
@Component
class DutyAlerts {

	private final Organisation organisation;

	private final DutyRoster roster;

	private final GridHierarchy grids;

	private final Notifications notifications;

	private final Clock clock;

	DutyAlerts(Organisation organisation, DutyRoster roster, GridHierarchy grids, Notifications notifications,
			Clock clock) {
		this.organisation = organisation;
		this.roster = roster;
		this.grids = grids;
		this.notifications = notifications;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseLightChanged event) {
		String kind = event.light() == Light.RED ? "light-red" : "light-yellow";
		String message = (event.light() == Light.RED ? "红灯:案件 " + event.caseId() + " 已超期 / Case overdue"
				: "黄灯:案件 " + event.caseId() + " 即将超期 / Case nearly overdue") + " (" + event.stage() + ", "
				+ event.deadline() + ")";
		notifyOnDuty(event.layer(), event.handlingGrid(), event.caseId(), kind, message,
				kind + ":" + event.caseId() + ":" + event.stage() + ":" + event.deadline());
	}

	@ApplicationModuleListener
	void on(CaseEscalated event) {
		notifyOnDuty(event.layer(), event.toGrid(), event.caseId(), "escalated", "上报:案件 " + event.caseId()
				+ " 已上报至本级 / Case escalated to you: " + event.reason(),
				"escalated:" + event.caseId() + ":" + event.toGrid());
	}

	private void notifyOnDuty(String layer, String grid, long caseId, String kind, String message, String key) {
		Optional<OrgUnit> unit = unitOf(layer, grid);
		while (unit.isPresent()) {
			List<DutyShift> onDuty = roster.onDuty(unit.get().code(), clock.instant());
			if (!onDuty.isEmpty()) {
				onDuty.forEach(shift -> notifications.send(shift.personId(), caseId, kind, message, key));
				return;
			}
			unit = Optional.ofNullable(unit.get().parentCode()).map(organisation::get);
		}
	}

	/** The unit owning the grid, or the nearest grid above it that has one. */
	private Optional<OrgUnit> unitOf(String layer, String grid) {
		if (layer == null || grid == null) {
			return Optional.empty();
		}
		List<OrgUnit> units = organisation.list();
		Map<String, String> parents = grids.parents(layer);
		for (String code = grid; code != null; code = parents.get(code)) {
			String current = code;
			Optional<OrgUnit> owner = units.stream()
				.filter(unit -> layer.equals(unit.layerCode()) && current.equals(unit.gridCode()))
				.findFirst();
			if (owner.isPresent()) {
				return owner;
			}
		}
		return Optional.empty();
	}
}
