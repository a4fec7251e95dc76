package org.onegrid.webhook;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One case event as subscribers are told of it: its type, the case, the step's place in the case's timeline (none
 * for a light change), when it happened and its own values.
 *
 * @param occurredAt when it happened; {@code null} for "when it is recorded", for events that do not say
 * @param key names the event itself, so that an event handed over twice is recorded once
 * @param details the event's own values, none of them personal data
 */
record Occurrence(EventType type, long caseId, Integer seq, Instant occurredAt, String key,
		Map<String, Object> details) {

	Occurrence {
		details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

	/** An event that is a step of the case's timeline, named by its type, case and step. */
	static Occurrence step(EventType type, long caseId, long seq, Instant occurredAt, Object... keysAndValues) {
		return new Occurrence(type, caseId, (int) seq, occurredAt, type.publicName() + ":" + caseId + ":" + seq,
				details(keysAndValues));
	}

	static Map<String, Object> details(Object... keysAndValues) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			details.put((String) keysAndValues[i], value instanceof Instant instant ? instant.toString() : value);
		}
		return details;
	}
}
