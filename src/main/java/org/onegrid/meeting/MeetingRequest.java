package org.onegrid.meeting;

import java.time.Instant;

/**
 * A meeting called by hand: either a sitting of a standing meeting out of turn ({@code rule}, which gives the kind,
 * name, length and agenda, and which only its caller roles may call), or a one-off meeting of the given kind and
 * title.
 *
 * @param startsAt when it begins; now when omitted
 * @param lengthMinutes how long it lasts, 60 by default
 */
public record MeetingRequest(String rule, String kind, String title, Instant startsAt, Integer lengthMinutes) {
}
