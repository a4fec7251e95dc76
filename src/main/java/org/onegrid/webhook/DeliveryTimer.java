package org.onegrid.webhook;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a delivery pass every {@code onegrid.webhook.sweep-interval} (2 s by default) when some delivery is due:
 * an idle district costs one index probe per interval, and a new event leaves within about that interval of its
 * commit, whichever instance recorded it. Every {@code onegrid.webhook.prune-interval} (an hour) it deletes what was delivered longer ago than
 * {@code onegrid.webhook.keep-delivered}, which is harmless when several instances do it.
 */
@Component
class DeliveryTimer {

	private final DeliverySweep sweep;

	private final Deliveries deliveries;

	private final WebhookProperties properties;

	private final Clock clock;

	DeliveryTimer(DeliverySweep sweep, Deliveries deliveries, WebhookProperties properties, Clock clock) {
		this.sweep = sweep;
		this.deliveries = deliveries;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onegrid.webhook.sweep-interval:2s}",
			initialDelayString = "${onegrid.webhook.sweep-interval:2s}")
	void sweepWhenDue() {
		if (sweep.due()) {
			sweep.sweep();
		}
	}

	@Scheduled(fixedDelayString = "${onegrid.webhook.prune-interval:1h}",
			initialDelayString = "${onegrid.webhook.prune-interval:1h}")
	void pruneOnSchedule() {
		prune();
	}

	/** Returns how many delivered rows were deleted. */
	int prune() {
		return deliveries.pruneDelivered(clock.instant().minus(properties.keepDelivered()));
	}
}
