package org.onegrid.fieldwork.internal;

/**
 * One stored track point in fixed point: whole seconds since the epoch, WGS-84 lon/lat in millionths of a degree
 * (about 0.1 m), accuracy in whole metres or {@link #UNKNOWN_ACCURACY}.
 */
public record Fix(long second, int lonE6, int latE6, int accuracy) {

	public static final int UNKNOWN_ACCURACY = -1;

	public static final double SCALE = 1e6;

	public static Fix of(long second, double lon, double lat, Double accuracy) {
		int metres = accuracy == null ? UNKNOWN_ACCURACY : (int) Math.min(Math.round(accuracy), 65_535);
		return new Fix(second, (int) Math.round(lon * SCALE), (int) Math.round(lat * SCALE), metres);
	}

	public double lon() {
		return lonE6 / SCALE;
	}

	public double lat() {
		return latE6 / SCALE;
	}

	public Double accuracyMetres() {
		return accuracy == UNKNOWN_ACCURACY ? null : (double) accuracy;
	}
}
