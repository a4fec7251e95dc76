package org.onegrid.cases;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns lights yellow and red as deadlines pass (黄灯 / 红灯), and escalates overdue cases when the district wants
 * that.
 * <p>
 * Each run takes the cases whose light is due, oldest deadline first, in batches. A batch locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances on one database share the work and never warn twice about the
 * same case: a case's light and its next due time change in the same transaction that records the warning.
 */
@Service
public class LightSweep {

	private static final Logger log = LoggerFactory.getLogger(LightSweep.class);

	private static final int MAX_BATCHES_PER_RUN = 100;

	private final Cases cases;

	private final CaseRules rules;

	private final CasesProperties properties;

	private final CaseWriter writer;

	private final TransactionTemplate transactions;

	LightSweep(Cases cases, CaseRules rules, CasesProperties properties, CaseWriter writer,
			TransactionTemplate transactions) {
		this.cases = cases;
		this.rules = rules;
		this.properties = properties;
		this.writer = writer;
		this.transactions = transactions;
	}

	/** Runs the sweep now; returns how many lights changed. */
	@Scheduled(fixedDelayString = "${onegrid.cases.sweep-interval:30s}",
			initialDelayString = "${onegrid.cases.sweep-interval:30s}")
	public int sweep() {
		int changed = 0;
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
			int[] result = transactions.execute(status -> batch());
			changed += result[1];
			if (result[0] < properties.sweepBatch()) {
				break;
			}
		}
		if (changed > 0) {
			log.info("Light sweep changed {} light(s)", changed);
		}
		return changed;
	}

	/** Escalates an overdue case, unless nobody at the level above could take it; then its red light stands. */
	private void escalate(Case c) {
		try {
			c.escalate(Actor.SYSTEM, "超期自动上报 / Escalated automatically when overdue", null, rules);
		}
		catch (CaseConflict nobodyAbove) {
			log.warn("Case {} stays red at grid {}: {}", c.id, c.handlingGrid, nobodyAbove.getMessage());
		}
	}

	/** One locked batch: {selected, changed}. */
	private int[] batch() {
		List<Long> due = cases.dueForLight(rules.now(), properties.sweepBatch());
		int changed = 0;
		for (long id : due) {
			Case c = cases.find(id).orElseThrow();
			if (!c.updateLight(rules)) {
				continue;
			}
			changed++;
			if (properties.autoEscalateOverdue() && c.clock.light() == Light.RED
					&& c.allowedActions().contains(CaseAction.ESCALATE)) {
				escalate(c);
			}
			if (writer.write(c, null).isEmpty()) {
				throw new IllegalStateException("Case " + id + " changed while locked by the sweep");
			}
		}
		return new int[] { due.size(), changed };
	}
}
