package org.onegrid.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.onegrid.access.Grant;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records a case event as one pending delivery per active subscriber that wants its type and covers the case's
 * grids, all in the listener's transaction. The event gets one fresh id, the same for every subscriber; an event
 * recorded before (the registry handed it over again) adds no row, so its id never changes once sent.
 */
@Component
class Outbox {

	private static final Grant READER = Grant.system("webhook");

	private final JdbcClient jdbc;

	private final Subscribers subscribers;

	private final CaseSearch cases;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Subscribers subscribers, CaseSearch cases, Clock clock) {
		this.jdbc = jdbc;
		this.subscribers = subscribers;
		this.cases = cases;
		this.clock = clock;
	}

	/** Returns how many deliveries were added. */
	int record(Occurrence occurrence) {
		return recordAll(List.of(occurrence));
	}

	/** Records events of one type, such as the lights of a sweep pass, asking once who wants them. */
	int recordAll(List<Occurrence> occurrences) {
		if (occurrences.isEmpty()) {
			return 0;
		}
		List<Subscribers.Interest> interests = subscribers.interestedIn(occurrences.get(0).type());
		int added = 0;
		for (Occurrence occurrence : occurrences) {
			added += interests.isEmpty() ? 0 : record(occurrence, interests);
		}
		return added;
	}

	private int record(Occurrence occurrence, List<Subscribers.Interest> interests) {
		CaseView view = cases.get(occurrence.caseId(), READER);
		List<String> caseGrids = Payloads.gridKeys(view);
		Instant now = clock.instant();
		Instant occurredAt = occurrence.occurredAt() == null ? now : occurrence.occurredAt();
		UUID eventId = UUID.randomUUID();
		String payload = Payloads.json(eventId, occurrence, occurredAt, view);
		int added = 0;
		for (Subscribers.Interest interest : interests) {
			if (!interest.covers(caseGrids)) {
				continue;
			}
			added += jdbc.sql("""
					INSERT INTO webhook_delivery (subscriber_id, event_id, event_key, event_type, case_id, occurred_at,
					  payload, next_attempt_at, created_at)
					VALUES (:subscriber, :eventId, :key, :type, :caseId, :occurredAt, :payload, :now, :now)
					ON CONFLICT (subscriber_id, event_key) DO NOTHING
					""")
				.param("subscriber", interest.subscriberId())
				.param("eventId", eventId)
				.param("key", occurrence.key())
				.param("type", occurrence.type().publicName())
				.param("caseId", occurrence.caseId())
				.param("occurredAt", occurredAt.atOffset(ZoneOffset.UTC))
				.param("payload", payload)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
		return added;
	}
}
