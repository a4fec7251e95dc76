package org.onegrid.cases;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns lights yellow and red as deadlines pass (黄灯 / 红灯), and escalates overdue cases when the district wants
 * that.
 * <p>
 * A pass turns every due light, in batches of {@code onegrid.cases.sweep-batch}, each one statement in one
 * transaction ({@link LightBatch}) with one event for all its lights ({@link CaseLightsChanged}), so that a burst of
 * cases due at the same instant (the end of a working day) costs a few round trips, not one per case. A batch locks
 * its rows with {@code FOR UPDATE SKIP LOCKED}: several instances on one database share a burst and never warn twice
 * about the same case. {@link SweepTimer} starts a pass when the earliest pending light is due.
 */
@Service
public class LightSweep {

	private static final Logger log = LoggerFactory.getLogger(LightSweep.class);

	private final Cases cases;

	private final CaseRules rules;

	private final CasesProperties properties;

	private final CaseWriter writer;

	private final TransactionTemplate transactions;

	private final LightBatch lights;

	private final ApplicationEventPublisher events;

	LightSweep(Cases cases, CaseRules rules, CasesProperties properties, CaseWriter writer,
			TransactionTemplate transactions, LightBatch lights, ApplicationEventPublisher events) {
		this.cases = cases;
		this.rules = rules;
		this.properties = properties;
		this.writer = writer;
		this.transactions = transactions;
		this.lights = lights;
		this.events = events;
	}

	/** Runs a pass now; returns how many lights changed. */
	public int sweep() {
		int changed = 0;
		while (true) {
			int turned = transactions.execute(status -> batch());
			changed += turned;
			if (turned < properties.sweepBatch()) {
				break;
			}
		}
		if (changed > 0) {
			log.info("Light sweep changed {} light(s)", changed);
		}
		return changed;
	}

	/** One locked batch; returns how many lights it turned. */
	private int batch() {
		List<CaseLightChanged> turned = lights.turn(rules.now(), properties.sweepBatch());
		if (turned.isEmpty()) {
			return 0;
		}
		events.publishEvent(new CaseLightsChanged(turned));
		if (properties.autoEscalateOverdue()) {
			turned.stream().filter(change -> change.light() == Light.RED).forEach(change -> escalate(change.caseId()));
		}
		return turned.size();
	}

	/** Escalates an overdue case, unless nobody at the level above could take it; then its red light stands. */
	private void escalate(long id) {
		Case c = cases.find(id).orElseThrow();
		if (!c.allowedActions().contains(CaseAction.ESCALATE)) {
			return;
		}
		try {
			c.escalate(Actor.SYSTEM, "超期自动上报 / Escalated automatically when overdue", null, rules);
		}
		catch (CaseConflict nobodyAbove) {
			log.warn("Case {} stays red at grid {}: {}", c.id, c.handlingGrid, nobodyAbove.getMessage());
			return;
		}
		if (writer.write(c, null).isEmpty()) {
			throw new IllegalStateException("Case " + id + " changed while locked by the sweep");
		}
	}
}
