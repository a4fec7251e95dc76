package org.onegrid.portal;

/**
 * A citizen's rating of a closed case (回访): {@code SATISFIED}, {@code MOSTLY_SATISFIED} or {@code DISSATISFIED},
 * with an optional comment, given with the ticket number and tracking code.
 */
public record PortalRating(String caseNo, String code, String satisfaction, String comment) {
}
