package org.onegrid.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one message to one named subscriber through the same outbox as case events, so that it is signed, retried
 * with backoff and set aside as dead like any other delivery. The row is written in the caller's transaction: a
 * message recorded in a transaction that rolls back is never sent. A message with a key used before for the same
 * subscriber adds nothing, so a retried listener sends it once.
 */
@Service
public class Pushes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	Pushes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a {@link EventType#HOTLINE_PUSH_BACK} message for the subscriber, if it exists and is active; returns
	 * whether a delivery was added.
	 *
	 * @param key names the message itself, such as {@code hotline:12345:T-1:closed}
	 * @param data the message's fields, sent under {@code data}
	 */
	public boolean push(long subscriberId, String key, long caseId, Instant occurredAt, Map<String, Object> data) {
		Instant now = clock.instant();
		UUID eventId = UUID.randomUUID();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("id", eventId.toString());
		payload.put("type", EventType.HOTLINE_PUSH_BACK.publicName());
		payload.put("occurredAt", occurredAt.toString());
		payload.put("caseId", caseId);
		payload.put("data", data);
		return jdbc.sql("""
				INSERT INTO webhook_delivery (subscriber_id, event_id, event_key, event_type, case_id, occurred_at,
				  payload, next_attempt_at, created_at)
				SELECT id, :eventId, :key, :type, :caseId, :occurredAt, :payload, :now, :now
				FROM webhook_subscriber WHERE id = :subscriber AND active
				ON CONFLICT (subscriber_id, event_key) DO NOTHING
				""")
			.param("subscriber", subscriberId)
			.param("eventId", eventId)
			.param("key", key)
			.param("type", EventType.HOTLINE_PUSH_BACK.publicName())
			.param("caseId", caseId)
			.param("occurredAt", occurredAt.atOffset(ZoneOffset.UTC))
			.param("payload", JSON.writeValueAsString(payload))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() > 0;
	}
}
