package org.onegrid.hotline;

/**
 * A ticket as a hotline or platform sends it. Values are strings where a bad one must be named, not refused as
 * unreadable JSON.
 *
 * @param ticketNo the source's own ticket number; a second ticket with the same number is the same ticket
 * @param caller who called; the phone is personal information and is masked in every read
 * @param contact another way to reach the caller, masked like a phone
 * @param category the source's own category words, mapped to the catalogue by the source's table
 * @param address the address as the caller said it; with or without {@code lon}/{@code lat}
 * @param crs {@code wgs84} (default), {@code gcj02}, {@code bd09} or {@code cgcs2000}
 * @param reportedAt when the caller called, an ISO-8601 instant; the reply limit counts from it
 * @param incidentNo the 110 incident number, required for tickets on the 110 channel
 */
public record TicketRequest(String ticketNo, Caller caller, String contact, String category, String address,
		Double lon, Double lat, String crs, String content, String reportedAt, String incidentNo) {

	/** The person who called. */
	public record Caller(String name, String phone) {
	}
}
