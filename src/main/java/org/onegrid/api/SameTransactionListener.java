package org.onegrid.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks a listener whose work is only rows in OneGrid's own database that must agree with the step that raised the
 * event: assessment and analysis facts, the big screen's feed, the webhook outbox. It runs in the transaction that
 * published the event, just before that transaction commits, so its rows commit with the step or not at all: a
 * step is never recorded without them, and they never describe a step that rolled back.
 * <p>
 * It costs the step no second transaction and no entry in the event publication registry. If the listener fails,
 * the step fails with it, so such a listener must not depend on anything outside the database. Work that reaches
 * outside, or that a large batch should not wait for, stays with Spring Modulith's {@code ApplicationModuleListener},
 * which runs after the commit and is handed the event again until it succeeds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
public @interface SameTransactionListener {
}
