package org.onegrid.notification;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.cases.ActionRequest;
import org.onegrid.cases.CaseLightChanged;
import org.onegrid.cases.CaseLightsChanged;
import org.onegrid.cases.Lifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the supervision that the district's rules ask for when lights turn: each case whose stage turned the light
 * of an enabled rule gets the rule's notice, as the centre, once per stage, light and deadline. A case that can no
 * longer be supervised (closed meanwhile) is passed over; the others are still supervised.
 */
@Component
class AutoSupervision {

	/** The actor that automatic supervision notices name. */
	static final String ACTOR = "auto-supervision";

	private static final Logger log = LoggerFactory.getLogger(AutoSupervision.class);

	private final SupervisionRules rules;

	private final Lifecycle lifecycle;

	private final JdbcClient jdbc;

	private final TransactionTemplate each;

	private final Clock clock;

	AutoSupervision(SupervisionRules rules, Lifecycle lifecycle, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.rules = rules;
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
		this.each = new TransactionTemplate(transactions);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseLightsChanged event) {
		Map<String, SupervisionRule> byTurn = rules.enabled().stream()
			.collect(Collectors.toMap(rule -> rule.stage() + ":" + rule.light(), Function.identity()));
		if (byTurn.isEmpty()) {
			return;
		}
		for (CaseLightChanged change : event.changes()) {
			SupervisionRule rule = byTurn.get(change.stage() + ":" + change.light());
			if (rule != null) {
				supervise(change, rule);
			}
		}
	}

	private void supervise(CaseLightChanged change, SupervisionRule rule) {
		try {
			each.executeWithoutResult(status -> {
				if (firstTime(change, rule)) {
					lifecycle.act(change.caseId(), "supervise", request(rule), Grant.system(ACTOR));
				}
			});
		}
		catch (ApiProblem refused) {
			log.info("Automatic supervision by rule {} passed over case {}: {}", rule.code(), change.caseId(),
					refused.getMessage());
		}
	}

	private boolean firstTime(CaseLightChanged change, SupervisionRule rule) {
		return jdbc.sql("""
				INSERT INTO supervision_sent (case_id, stage, light, deadline, rule_code, sent_at)
				VALUES (:caseId, :stage, :light, :deadline, :rule, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("caseId", change.caseId())
			.param("stage", change.stage().name())
			.param("light", change.light().name())
			.param("deadline", change.deadline().atOffset(ZoneOffset.UTC))
			.param("rule", rule.code())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	private static ActionRequest request(SupervisionRule rule) {
		return new ActionRequest(null, ACTOR, null, rule.note(), null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, rule.noticeKind(), null, null);
	}
}
