/**
 * Webhooks: tells other systems (a 12345 hotline platform, a department's own work-order system, a city dashboard)
 * of case events as they happen, by signed HTTP POSTs.
 * <p>
 * {@link org.onegrid.webhook.Subscribers} keeps who wants which events, for which grids. Each committed case event
 * becomes one outbox row per interested subscriber; {@link org.onegrid.webhook.DeliverySweep} sends the rows,
 * retries with exponential backoff and sets aside as dead what never got through, for an administrator to re-queue.
 * Delivery is at least once: a subscriber deduplicates by the event id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package org.onegrid.webhook;
