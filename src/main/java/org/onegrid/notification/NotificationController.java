package org.onegrid.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Caller;
import org.onegrid.access.CurrentCaller;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own notices.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "值班提醒 / Alerts for people on duty")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
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
}
