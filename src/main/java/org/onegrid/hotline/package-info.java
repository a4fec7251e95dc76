/**
 * Hotline intake (热线与平台工单): tickets from the 12345 and 12319 hotlines, 110's non-police diversions and the
 * provincial platform become cases on their own channel, and the results go back to where they came from.
 * <p>
 * {@link org.onegrid.hotline.HotlineSources} keeps the sources as data, each with its channel, its time limit and
 * its push-back target; {@link org.onegrid.hotline.Tickets} takes tickets in, maps their category words to the
 * catalogue through {@link org.onegrid.hotline.CategoryMappings} and queues what maps to nothing for a person to
 * triage, never dropping a ticket. Closing a case pushes its result back through the webhook outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline intake")
package org.onegrid.hotline;
