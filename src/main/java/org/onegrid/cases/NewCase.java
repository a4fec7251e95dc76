package org.onegrid.cases;

import java.util.List;
import java.util.Map;

/**
 * A report as a client sends it. Enumerated values are strings so that every bad field is reported at once.
 *
 * @param requestId the client's id for this report; a retry with the same id returns the same case
 * @param channel one of {@link Channel}; when absent, the caller's own: patrol for grid staff, citizen for others
 * @param channelDetails the channel's own fields, such as {@code ticketNo} for the 12345 hotline
 * @param reporter the citizen who reported, if any
 * @param reportedBy who entered the report (the grid worker, the operator, the device)
 * @param kind {@code COMPONENT} or {@code EVENT}
 * @param minorCode the minor class's four digits
 * @param urgency one of the urgencies, {@code NORMAL} when absent
 * @param tier one of {@link Tier}, {@code GENERAL} when absent
 * @param areaClass A, B or C; when absent, the class the district gave the place's grids, else its default
 * @param lon longitude in {@code crs}
 * @param lat latitude in {@code crs}
 * @param crs {@code wgs84} (default), {@code gcj02}, {@code bd09} or {@code cgcs2000}
 * @param attachments photo and file references
 * @param selfHandled a grid worker fixed it on the spot (自处理); needs evidence in {@code attachments}
 */
public record NewCase(String requestId, String channel, Map<String, String> channelDetails, Reporter reporter,
		String reportedBy, String kind, String minorCode, String urgency, String tier, String areaClass,
		String description, String address, Double lon, Double lat, String crs, List<String> attachments,
		Boolean selfHandled) {

	/** A citizen who reported; their phone is personal information. */
	public record Reporter(String name, String phone) {
	}
}
