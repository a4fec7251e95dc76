package org.onegrid.webhook;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A system that receives case events.
 *
 * @param secret the signing key, present only in the answer that created it or set a new one: it is never shown
 * again, so the administrator passes it to the receiving system at once
 */
public record Subscriber(long id, String url, List<String> eventTypes, List<SubscriberRequest.GridScope> grids,
		boolean active, Instant createdAt, Instant updatedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

	public Subscriber {
		eventTypes = List.copyOf(eventTypes);
		grids = List.copyOf(grids);
	}

	Subscriber withSecret(String shown) {
		return new Subscriber(id, url, eventTypes, grids, active, createdAt, updatedAt, shown);
	}
}
