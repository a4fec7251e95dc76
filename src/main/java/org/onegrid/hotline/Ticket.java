package org.onegrid.hotline;

import java.time.Instant;

/**
 * A ticket as OneGrid holds it: {@code TRIAGE} while a person must choose its class or place, {@code CASED} once
 * it has a case, {@code HANDED_BACK} when it went back to 110. The caller's phone and the contact are masked for
 * readers without {@code pii:read}.
 *
 * @param triageReason why the ticket waits: {@code UNMAPPED_CATEGORY}, {@code NO_LOCATION}, or intake's refusal
 * @param replyDue when the source expects the reply, by the source's own limit
 */
public record Ticket(long id, String source, String ticketNo, String status, String triageReason, Long caseId,
		String category, TicketRequest.Caller caller, String contact, String address, Double lon, Double lat,
		String content, String incidentNo, Instant reportedAt, Instant replyDue, Instant receivedAt) {
}
