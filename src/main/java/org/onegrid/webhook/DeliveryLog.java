package org.onegrid.webhook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator sees of a subscriber's deliveries, the dead ones above all, and the re-queueing of a dead
 * delivery: it goes back to the head of its subscriber's queue with its attempts counted from zero and its event
 * id unchanged, so a receiver that did get it after all still recognises it.
 */
@Service
public class DeliveryLog {

	private static final Set<String> STATUSES = Set.of("pending", "delivered", "dead");

	private final Deliveries deliveries;

	private final Subscribers subscribers;

	private final Clock clock;

	DeliveryLog(Deliveries deliveries, Subscribers subscribers, Clock clock) {
		this.deliveries = deliveries;
		this.subscribers = subscribers;
		this.clock = clock;
	}

	/** The subscriber's deliveries, newest first: all, or those of one status; 404 for an unknown subscriber. */
	public List<Delivery> of(long subscriberId, String status, int limit) {
		List<Violation> violations = new ArrayList<>();
		String wanted = Fields.blankToNull(status);
		if (wanted != null && !STATUSES.contains(wanted.toLowerCase(Locale.ROOT))) {
			violations.add(new Violation("status", "UNKNOWN", "status is one of pending, delivered, dead"));
		}
		if (limit < 1 || limit > 500) {
			violations.add(new Violation("limit", "OUT_OF_RANGE", "limit is from 1 to 500"));
		}
		Fields.failIfAny(violations);
		subscribers.get(subscriberId);
		return deliveries.of(subscriberId, wanted, limit);
	}

	/** Puts a dead delivery back in the queue; 404 when there is none, 409 when it is not dead. */
	@Transactional
	public Delivery requeue(long subscriberId, long deliveryId) {
		subscribers.get(subscriberId);
		Delivery delivery = deliveries.find(subscriberId, deliveryId)
			.orElseThrow(() -> ApiProblem.notFound("Delivery", Long.toString(deliveryId)));
		if (!deliveries.requeue(subscriberId, deliveryId, clock.instant())) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "只能重新排队失败的投递 / Delivery " + deliveryId
					+ " is " + delivery.status() + "; only a dead delivery can be re-queued")
				.with("status", delivery.status());
		}
		return deliveries.find(subscriberId, deliveryId).orElseThrow();
	}
}
