package org.onegrid.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the outbox's due deliveries, and retries or sets aside what fails.
 * <p>
 * What is guaranteed:
 * <ul>
 * <li>At least once: a delivery stays in the outbox until a subscriber answers 2xx within
 * {@code onegrid.webhook.timeout}; a lost answer, a crash or a restart means it is sent again, with the same
 * {@code X-OneGrid-Event-Id}, so receivers deduplicate by that id.</li>
 * <li>Never twice at once: a pass claims rows under a lease ({@link Deliveries}), so several instances share the
 * work and none sends a row another is sending.</li>
 * <li>One subscriber's deliveries go one at a time, in the order they were recorded; a failing delivery holds back
 * the later ones until it succeeds or is dead. Events committed within moments of each other may be recorded in
 * either order, so a receiver that needs a case's exact order uses each event's {@code seq}.</li>
 * <li>After a failure a delivery waits {@code backoff-base}, doubled after every further failure; after
 * {@code max-attempts} it is dead, holds nothing back, and waits for an administrator to re-queue it.</li>
 * </ul>
 * A pass sends to different subscribers side by side, so one slow subscriber delays the others by at most the
 * timeout. Time comes from the injected {@link Clock}.
 */
@Service
public class DeliverySweep {

	private static final Logger log = LoggerFactory.getLogger(DeliverySweep.class);

	private final Deliveries deliveries;

	private final Sender sender;

	private final WebhookProperties properties;

	private final Clock clock;

	DeliverySweep(Deliveries deliveries, Sender sender, WebhookProperties properties, Clock clock) {
		this.deliveries = deliveries;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	/** Runs a pass now, until nothing more is due; returns how many attempts it made. */
	public int sweep() {
		int attempts = 0;
		while (true) {
			Instant now = clock.instant();
			List<Deliveries.Claimed> claimed = deliveries.claim(now, now.plus(properties.lease()),
					properties.sweepBatch());
			if (claimed.isEmpty()) {
				return attempts;
			}
			List<CompletableFuture<Sender.Outcome>> sending = claimed.stream().map(sender::send).toList();
			sending.forEach(outcome -> record(outcome.join()));
			attempts += claimed.size();
		}
	}

	/** Whether some pending delivery is due now. */
	boolean due() {
		Instant earliest = deliveries.earliestDue();
		return earliest != null && !earliest.isAfter(clock.instant());
	}

	private void record(Sender.Outcome outcome) {
		Deliveries.Claimed row = outcome.row();
		Instant now = clock.instant();
		if (outcome.succeeded()) {
			deliveries.delivered(row, outcome.status(), now);
			return;
		}
		boolean dead = row.attempts() >= properties.maxAttempts();
		deliveries.failed(row, outcome.status(), outcome.error(), now.plus(properties.backoffAfter(row.attempts())),
				dead);
		if (dead) {
			log.warn("Webhook delivery {} ({}) is dead after {} attempts: {}", row.id(), row.eventType(),
					row.attempts(), outcome.error());
		}
	}
}
