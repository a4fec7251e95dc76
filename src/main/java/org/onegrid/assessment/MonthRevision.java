package org.onegrid.assessment;

import java.time.Instant;

/**
 * One publication of a month's results: the first close is revision 1, and every later close of the same month adds
 * the next revision, which then becomes the month's published figures; earlier revisions stay readable.
 *
 * @param month the month, such as {@code 2026-11}
 * @param closedBy the account that closed the month
 * @param closedAt when it was closed
 * @param asOf the instant the figures describe: the month's end, or the close if it came earlier
 */
public record MonthRevision(String month, int revision, String closedBy, Instant closedAt, Instant asOf) {
}
