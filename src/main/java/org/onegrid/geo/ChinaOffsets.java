package org.onegrid.geo;

/**
 * The GCJ-02 and BD-09 offset formulas. Forward directions are closed formulas; inverse directions start from a
 * first guess and correct it with the forward formula until the residual is below {@link #TOLERANCE} degrees.
 */
final class ChinaOffsets {

	private static final double A = 6378245.0;

	private static final double EE = 0.00669342162296594323;

	private static final double X_PI = Math.PI * 3000.0 / 180.0;

	static final double TOLERANCE = 1e-11;

	private static final int MAX_ITERATIONS = 30;

	private ChinaOffsets() {
	}

	static boolean outsideChina(double lon, double lat) {
		return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
	}

	static double[] wgs84ToGcj02(double lon, double lat) {
		if (outsideChina(lon, lat)) {
			return new double[] { lon, lat };
		}
		double x = lon - 105.0;
		double y = lat - 35.0;
		double radLat = Math.toRadians(lat);
		double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
		double sqrtMagic = Math.sqrt(magic);
		double dLat = latitudeShift(x, y) * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		double dLon = longitudeShift(x, y) * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new double[] { lon + dLon, lat + dLat };
	}

	static double[] gcj02ToWgs84(double lon, double lat) {
		return invert(lon, lat, true);
	}

	static double[] gcj02ToBd09(double lon, double lat) {
		double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
		double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
		return new double[] { z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006 };
	}

	static double[] bd09ToGcj02(double lon, double lat) {
		return invert(lon, lat, false);
	}

	private static double[] invert(double lon, double lat, boolean gcj) {
		double guessLon = lon;
		double guessLat = lat;
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			double[] forward = gcj ? wgs84ToGcj02(guessLon, guessLat) : gcj02ToBd09(guessLon, guessLat);
			double errLon = forward[0] - lon;
			double errLat = forward[1] - lat;
			if (Math.abs(errLon) < TOLERANCE && Math.abs(errLat) < TOLERANCE) {
				break;
			}
			guessLon -= errLon;
			guessLat -= errLat;
		}
		return new double[] { guessLon, guessLat };
	}

	private static double latitudeShift(double x, double y) {
		double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return shift;
	}

	private static double longitudeShift(double x, double y) {
		double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return shift;
	}
}
