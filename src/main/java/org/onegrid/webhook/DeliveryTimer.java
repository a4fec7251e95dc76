package org.onegrid.webhook;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a delivery pass every {@code onegrid.webhook.sweep-interval} (2 s by default) when some delivery is due:
 * an idle district costs one index probe per interval, and a new event leaves within about that interval of its
 * commit, whichever instance recorded it.
 */
@Component
class DeliveryTimer {

	private final DeliverySweep sweep;

	DeliveryTimer(DeliverySweep sweep) {
		this.sweep = sweep;
	}

	@Scheduled(fixedDelayString = "${onegrid.webhook.sweep-interval:2s}",
			initialDelayString = "${onegrid.webhook.sweep-interval:2s}")
	void sweepWhenDue() {
		if (sweep.due()) {
			sweep.sweep();
		}
	}
}
