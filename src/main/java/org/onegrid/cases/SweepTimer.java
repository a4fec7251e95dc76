package org.onegrid.cases;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a light-sweep pass when the earliest pending light is due, not on a fixed timetable: every
 * {@code onegrid.cases.sweep-interval} (1 s by default) it reads the earliest pending time from its index, which
 * costs next to nothing, and sweeps only when that time has come. So every light turns within about that interval
 * of its instant, whichever instance wrote the case, and an idle district costs one index probe a second.
 */
@Component
class SweepTimer {

	private final JdbcClient jdbc;

	private final LightSweep sweep;

	private final CaseRules rules;

	SweepTimer(JdbcClient jdbc, LightSweep sweep, CaseRules rules) {
		this.jdbc = jdbc;
		this.sweep = sweep;
		this.rules = rules;
	}

	@Scheduled(fixedDelayString = "${onegrid.cases.sweep-interval:1s}",
			initialDelayString = "${onegrid.cases.sweep-interval:1s}")
	void sweepWhenDue() {
		Instant earliest = earliestPending();
		if (earliest != null && !earliest.isAfter(rules.now())) {
			sweep.sweep();
		}
	}

	private Instant earliestPending() {
		return jdbc.sql("SELECT next_light_at FROM cases WHERE next_light_at IS NOT NULL ORDER BY next_light_at LIMIT 1")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}
}
