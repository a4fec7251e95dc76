package org.onegrid.portal;

/**
 * A citizen's report as the portal's form sends it. The channel is never taken from the client.
 *
 * @param requestId the browser's id for this report, so that a retried submission files one case
 * @param kind {@code COMPONENT} or {@code EVENT}, as the catalogue lists the minor class
 * @param minorCode the minor class (小类) picked from the catalogue's public list
 * @param contactName optional; kept as the reporter's personal data and never shown on tracking
 * @param contactPhone optional, as {@code contactName}
 */
public record PortalReport(String requestId, String kind, String minorCode, String description, String address, Double lon,
		Double lat, String contactName, String contactPhone) {
}
