package org.onegrid.assessment;

/**
 * One case behind a person's figure: whether it counted for the indicator and, when it did not, why.
 *
 * @param indicator the indicator whose count the case makes, such as {@code validReports} or {@code onTimeFiled}
 * @param reason why it did not count ({@code REJECTED}, {@code VOIDED}, {@code LATE}, {@code RETURNED}); for a missed
 *     report, the channel it came in on
 */
public record CaseLine(String indicator, long caseId, boolean counted, String reason) {
}
