package org.onegrid.spotcheck;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.onegrid.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes each rule's checks when their time has come: every {@code onegrid.spotcheck.sweep-interval} (30 s by
 * default) it looks for today's checks whose time has passed within the last {@link #LATEST} and makes each once. A
 * check whose time passed longer ago while no instance ran is not made late: it asks where the workers are now.
 */
@Component
class SpotCheckSweep {

	/** How long after its time a check is still made. */
	static final Duration LATEST = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(SpotCheckSweep.class);

	private final SpotCheckRules rules;

	private final SpotCheckPlan plan;

	private final SpotChecks checks;

	private final WorkingCalendar calendar;

	SpotCheckSweep(SpotCheckRules rules, SpotCheckPlan plan, SpotChecks checks, WorkingCalendar calendar) {
		this.rules = rules;
		this.plan = plan;
		this.checks = checks;
		this.calendar = calendar;
	}

	@Scheduled(fixedDelayString = "${onegrid.spotcheck.sweep-interval:30s}",
			initialDelayString = "${onegrid.spotcheck.sweep-interval:30s}")
	void checkDue() {
		Instant now = calendar.now();
		LocalDate today = now.atZone(calendar.zone()).toLocalDate();
		for (SpotCheckRule rule : rules.list()) {
			for (LocalDate day : new LocalDate[] { today.minusDays(1), today }) {
				for (SpotCheckPlan.Slot slot : plan.slots(rule, day)) {
					if (!slot.at().isAfter(now) && slot.at().plus(LATEST).isAfter(now)) {
						checks.make(rule, slot).ifPresent(id -> log.info("Spot check {} made by rule {} for {}", id,
								rule.code(), slot.at()));
					}
				}
			}
		}
	}
}
