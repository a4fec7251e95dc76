package org.onegrid.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.access.Caller;
import org.onegrid.access.CurrentCaller;
import org.onegrid.access.Grant;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.onegrid.grid.GridHierarchy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own notices, and the command centre's queue of alerts that reached nobody.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "值班提醒 / Alerts for people on duty")
class NotificationController {

	private final Notifications notifications;

	private final UnassignedAlerts unassigned;

	private final Authorization authorization;

	private final GridHierarchy grids;

	NotificationController(Notifications notifications, UnassignedAlerts unassigned, Authorization authorization,
			GridHierarchy grids) {
		this.notifications = notifications;
		this.unassigned = unassigned;
		this.authorization = authorization;
		this.grids = grids;
	}

	@Operation(summary = "Your notices, newest first (empty for accounts without a person)")
	@GetMapping
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.OWN)
	List<Notification> mine(@RequestParam(defaultValue = "50") int limit) {
		Caller caller = CurrentCaller.require();
		return caller.personId() == null ? List.of() : notifications.of(caller.personId(), limit);
	}

	@Operation(summary = "Mark one of your notices read")
	@PostMapping("/{id}/read")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.OWN, audit = AuditClass.OWN)
	ResponseEntity<Void> read(@PathVariable long id) {
		Caller caller = CurrentCaller.require();
		if (caller.personId() == null || !notifications.markRead(caller.personId(), id)) {
			throw ApiProblem.notFound("Notification", Long.toString(id));
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Alerts that reached nobody on duty, in your scope, newest first (open ones unless open=false)")
	@GetMapping("/unassigned")
	@Allow(value = "alert:manage", scope = AccessScope.FILTERED)
	List<UnassignedAlert> unassigned(@RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "100") int limit) {
		Grant grant = authorization.current();
		return unassigned.list(open, limit).stream().filter(alert -> inScope(grant, alert)).toList();
	}

	@Operation(summary = "Take an unassigned alert: it leaves the queue, recorded as taken by you")
	@PostMapping("/unassigned/{id}/take")
	@Allow(value = "alert:manage", scope = AccessScope.FILTERED, audit = AuditClass.OWN)
	ResponseEntity<Void> take(@PathVariable long id) {
		Grant grant = authorization.current();
		boolean visible = unassigned.list(true, 500).stream().anyMatch(alert -> alert.id() == id && inScope(grant, alert));
		if (!visible || !unassigned.take(id, grant.username())) {
			throw ApiProblem.notFound("Unassigned alert", Long.toString(id));
		}
		return ResponseEntity.noContent().build();
	}

	private boolean inScope(Grant grant, UnassignedAlert alert) {
		return grant.all() || alert.layerCode() != null && alert.gridCode() != null
				&& grant.seesGridPath(alert.layerCode(), grids.path(alert.layerCode(), alert.gridCode()));
	}
}
