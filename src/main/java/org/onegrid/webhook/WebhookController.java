package org.onegrid.webhook;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscribers and their deliveries, for holders of {@code webhook:manage} (the system administrator).
 */
@Tag(name = "Webhooks", description = "事件推送 / Case events pushed to other systems")
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

	private final Subscribers subscribers;

	private final DeliveryLog deliveries;

	WebhookController(Subscribers subscribers, DeliveryLog deliveries) {
		this.subscribers = subscribers;
		this.deliveries = deliveries;
	}

	@Operation(summary = "Add a subscriber; the answer shows its secret, this once")
	@PostMapping
	@Allow(value = "webhook:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Subscriber> add(@RequestBody SubscriberRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(subscribers.add(request));
	}

	@Operation(summary = "Every subscriber, without secrets")
	@GetMapping
	@Allow(value = "webhook:manage", scope = AccessScope.DISTRICT)
	List<Subscriber> list() {
		return subscribers.list();
	}

	@Operation(summary = "One subscriber, without its secret")
	@GetMapping("/{id}")
	@Allow(value = "webhook:manage", scope = AccessScope.DISTRICT)
	Subscriber get(@PathVariable long id) {
		return subscribers.get(id);
	}

	@Operation(summary = "Change a subscriber's URL, events, grids or active flag; a given secret replaces the old one")
	@PutMapping("/{id}")
	@Allow(value = "webhook:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	Subscriber change(@PathVariable long id, @RequestBody SubscriberRequest request) {
		return subscribers.change(id, request);
	}

	@Operation(summary = "Remove a subscriber with all its deliveries")
	@DeleteMapping("/{id}")
	@Allow(value = "webhook:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long id) {
		subscribers.remove(id);
	}

	@Operation(summary = "A subscriber's deliveries, newest first; status=dead lists those that wait for a re-queue")
	@GetMapping("/{id}/deliveries")
	@Allow(value = "webhook:manage", scope = AccessScope.DISTRICT)
	List<Delivery> deliveries(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "100") int limit) {
		return deliveries.of(id, status, limit);
	}

	@Operation(summary = "Put a dead delivery back in the queue, with its attempts counted from zero")
	@PostMapping("/{id}/deliveries/{deliveryId}/retry")
	@Allow(value = "webhook:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	Delivery retry(@PathVariable long id, @PathVariable long deliveryId) {
		return deliveries.requeue(id, deliveryId);
	}
}
