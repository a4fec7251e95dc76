package org.onegrid.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells whether the kept case counts are being folded. Every instance folds the pending changes about once a second,
 * one at a time; when the oldest pending change has waited longer than {@code onegrid.cases.tally-stall-after}, no
 * instance is folding (all stopped, or one holds the fold's lock without finishing), and the dashboards' counts
 * fall behind: the health then reads {@code STALLED}, with how long and how many changes wait, so that monitoring
 * tells a person. Counts stay exact meanwhile, since readers add the pending changes; only reading grows slower.
 */
@Component("caseTally")
class TallyHealth implements HealthIndicator {

	static final Status STALLED = new Status("STALLED", "No instance folds the kept case counts");

	private static final int COUNT_UP_TO = 100_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration stallAfter;

	private long oldestSeen;

	private Instant seenSince;

	TallyHealth(JdbcClient jdbc, Clock clock, @Value("${onegrid.cases.tally-stall-after:60s}") Duration stallAfter) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.stallAfter = stallAfter;
	}

	@Override
	public synchronized Health health() {
		Long oldest = jdbc.sql("SELECT id FROM case_tally_pending ORDER BY id LIMIT 1").query(Long.class).optional()
			.orElse(null);
		if (oldest == null) {
			seenSince = null;
			return Health.up().withDetail("pending", 0).build();
		}
		Instant now = clock.instant();
		if (seenSince == null || oldest != oldestSeen) {
			oldestSeen = oldest;
			seenSince = now;
		}
		long pending = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM case_tally_pending LIMIT ?) p")
			.param(COUNT_UP_TO + 1)
			.query(Long.class)
			.single();
		Duration waiting = Duration.between(seenSince, now);
		Health.Builder health = waiting.compareTo(stallAfter) > 0 ? Health.status(STALLED) : Health.up();
		return health.withDetail("pending", pending > COUNT_UP_TO ? COUNT_UP_TO + "+" : pending)
			.withDetail("oldestSeenForSeconds", waiting.toSeconds())
			.build();
	}
}
