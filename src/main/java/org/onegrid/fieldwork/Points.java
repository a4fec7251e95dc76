package org.onegrid.fieldwork;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.geo.Crs;
import org.springframework.http.HttpStatus;

/**
 * Checks of the coordinates and fields that field-work requests carry, collected field by field.
 */
final class Points {

	private Points() {
	}

	/** The problems of one request; nothing is written unless there are none. */
	static final class Input {

		private final List<Violation> violations = new ArrayList<>();

		void add(String field, String code, String detail) {
			violations.add(new Violation(field, code, detail));
		}

		String required(String value, String field) {
			if (value == null || value.isBlank()) {
				add(field, "REQUIRED", field + " is required");
				return null;
			}
			return value.strip();
		}

		/** The coordinate system, WGS-84 when not given. */
		Crs crs(String value, String field) {
			if (value == null || value.isBlank()) {
				return Crs.WGS84;
			}
			var crs = Crs.parse(value);
			if (crs.isEmpty()) {
				add(field, "UNKNOWN_CRS", "crs must be wgs84, gcj02, bd09 or cgcs2000, not '" + value + "'");
			}
			return crs.orElse(Crs.WGS84);
		}

		/** Checks a lon/lat pair; {@code prefix} names the enclosing element, e.g. {@code points[3].}. */
		boolean lonLat(Double lon, Double lat, String prefix) {
			int before = violations.size();
			if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
				add(prefix + "lon", lon == null ? "REQUIRED" : "OUT_OF_RANGE", "lon must be between -180 and 180");
			}
			if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
				add(prefix + "lat", lat == null ? "REQUIRED" : "OUT_OF_RANGE", "lat must be between -90 and 90");
			}
			return violations.size() == before;
		}

		boolean isEmpty() {
			return violations.isEmpty();
		}

		void failIfAny() {
			if (!violations.isEmpty()) {
				int shown = Math.min(violations.size(), 100);
				throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has " + violations.size()
						+ " problem(s); nothing was stored" + (shown < violations.size() ? " (first 100 listed)" : ""),
						violations.subList(0, shown));
			}
		}
	}
}
