package org.onegrid.cases;

import java.time.Instant;

/**
 * A place earlier cases were reported at, as their reports wrote the address: a caller who names it again is most
 * often at the same spot, so the operator can put the new case where the latest of them stands.
 *
 * @param address the address as the reports wrote it
 * @param lon where the latest case at the address stands now, in WGS-84 degrees
 * @param lat the latitude of that point
 * @param cases how many cases in the reader's scope were reported at the address
 * @param open how many of them are still open
 * @param lastReportedAt when the latest of them was reported
 */
public record PastAddress(String address, double lon, double lat, long cases, long open, Instant lastReportedAt) {
}
