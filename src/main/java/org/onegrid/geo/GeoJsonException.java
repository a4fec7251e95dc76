package org.onegrid.geo;

/**
 * A GeoJSON geometry that cannot be read, with a stable {@link #code()} for the caller's error report.
 */
public class GeoJsonException extends RuntimeException {

	private final String code;

	public GeoJsonException(String code, String detail) {
		super(detail);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
