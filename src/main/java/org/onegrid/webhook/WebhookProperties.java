package org.onegrid.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code onegrid.webhook.*}).
 *
 * @param sweepInterval how often the delivery sweep looks for rows that are due
 * @param sweepBatch how many deliveries one claim takes at most (at most one per subscriber)
 * @param timeout how long a subscriber has to connect and answer; a later answer counts as a failure
 * @param backoffBase the wait after the first failed attempt; each later failure doubles it
 * @param maxAttempts attempts after which a delivery is dead and waits for an administrator
 * @param keepDelivered how long a delivered row is kept for administrators to look at before it is deleted;
 * dead and pending rows are kept until they are delivered or their subscriber is removed
 * @param allowPrivateTargets whether subscribers may be loopback, private or link-local addresses (a test receiver,
 * or a system inside the district's own network); off by default, so that a subscriber cannot make the server call
 * into its own network
 */
@ConfigurationProperties("onegrid.webhook")
public record WebhookProperties(@DefaultValue("2s") Duration sweepInterval, @DefaultValue("50") int sweepBatch,
		@DefaultValue("10s") Duration timeout, @DefaultValue("30s") Duration backoffBase,
		@DefaultValue("10") int maxAttempts, @DefaultValue("30d") Duration keepDelivered,
		@DefaultValue("false") boolean allowPrivateTargets) {

	public WebhookProperties {
		if (sweepBatch < 1 || maxAttempts < 1 || timeout.isNegative() || timeout.isZero() || backoffBase.isNegative()) {
			throw new IllegalArgumentException("onegrid.webhook: sweep-batch and max-attempts must be at least 1, "
					+ "timeout positive and backoff-base not negative");
		}
	}

	/** The wait after the {@code attempts}-th failed attempt: the base, doubled for every earlier failure. */
	Duration backoffAfter(int attempts) {
		return backoffBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
	}

	/** How long a sweep holds a row it is sending before another instance may take it over. */
	Duration lease() {
		return timeout.multipliedBy(2).plusSeconds(30);
	}
}
