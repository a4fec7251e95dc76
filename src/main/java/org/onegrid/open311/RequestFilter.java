package org.onegrid.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The widely used extensions to the spec's list query, applied to the requests the window holds: {@code
 * updated_after} and {@code updated_before} keep requests last changed inside those bounds, and {@code lat}, {@code
 * long} with {@code radius} (metres, default {@value #DEFAULT_RADIUS}, at most {@value #MOST_RADIUS}) keep those
 * within that distance of the point. They narrow the requested window ({@code start_date}/{@code end_date}, or the
 * last 90 days); they never widen it.
 */
record RequestFilter(Instant updatedAfter, Instant updatedBefore, Double lat, Double lon, double radius) {

	static final int DEFAULT_RADIUS = 1000;

	static final int MOST_RADIUS = 100_000;

	private static final double EARTH_RADIUS = 6_371_008.8;

	static RequestFilter of(Map<String, String> query) {
		Instant after = time(query.get("updated_after"), "updated_after");
		Instant before = time(query.get("updated_before"), "updated_before");
		if (after != null && before != null && !after.isBefore(before)) {
			throw Open311Failure.badRequest("updated_after must be before updated_before");
		}
		Double lat = number(query.get("lat"), "lat", 90);
		Double lon = number(query.get("long"), "long", 180);
		Double radius = number(query.get("radius"), "radius", MOST_RADIUS);
		if ((lat == null) != (lon == null)) {
			throw Open311Failure.badRequest("lat and long go together: give both or neither");
		}
		if (radius != null && lat == null) {
			throw Open311Failure.badRequest("radius needs lat and long, the point it is measured from");
		}
		if (radius != null && radius <= 0) {
			throw Open311Failure.badRequest("radius is a positive number of metres; it is " + query.get("radius"));
		}
		return new RequestFilter(after, before, lat, lon, radius == null ? DEFAULT_RADIUS : radius);
	}

	/** Whether a request, as {@link RequestViews} shows it, passes every bound given. */
	boolean keeps(Map<String, Object> request) {
		if (updatedAfter != null || updatedBefore != null) {
			Instant updated = OffsetDateTime.parse((String) request.get("updated_datetime")).toInstant();
			if (updatedAfter != null && !updated.isAfter(updatedAfter)
					|| updatedBefore != null && !updated.isBefore(updatedBefore)) {
				return false;
			}
		}
		if (lat != null) {
			Object requestLat = request.get("lat");
			Object requestLon = request.get("long");
			return requestLat instanceof Number y && requestLon instanceof Number x
					&& metres(lat, lon, y.doubleValue(), x.doubleValue()) <= radius;
		}
		return true;
	}

	private static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	private static Double number(String given, String field, double bound) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(given.strip());
			if (Double.isFinite(value) && Math.abs(value) <= bound) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// falls through to the refusal below, which names the field and the value
		}
		throw Open311Failure.badRequest(field + " must be a number from -" + (long) bound + " to " + (long) bound
				+ "; it is '" + given + "'");
	}

	static Instant time(String given, String field) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(given.strip().replace(' ', '+')).toInstant();
		}
		catch (DateTimeParseException e) {
			throw Open311Failure.badRequest(field + " must be an ISO 8601 time with its offset, such as "
					+ "2026-12-01T08:00:00+08:00; it is '" + given + "'");
		}
	}
}
