package org.onegrid.geo;

import java.util.Locale;
import java.util.Optional;

/**
 * The coordinate systems a point can arrive in. OneGrid stores and computes in {@link #WGS84} only.
 * <ul>
 * <li>{@link #GCJ02} is the offset system mandated in mainland China and used by AMap, Tencent and WeChat. The
 * forward transform is the publicly documented approximation of the official one; our inverse is iterated to within
 * 1e-9° (about 0.1 mm) of that forward transform. Against the providers' own obfuscation the forward formula is
 * known to agree to roughly a metre. Outside mainland China's rough bounding box the offset is zero.</li>
 * <li>{@link #BD09} is Baidu's further offset on top of GCJ-02; its inverse is iterated the same way.</li>
 * <li>{@link #CGCS2000} is China's national geodetic system (2000国家大地坐标系), in which official boundary files
 * such as street and community outlines are surveyed. Its ellipsoid and frame differ from WGS-84 by a few
 * centimetres at most, far below the accuracy of any boundary, so its coordinates are taken as WGS-84 unchanged.</li>
 * </ul>
 */
public enum Crs {

	WGS84, GCJ02, BD09, CGCS2000;

	/** Parses {@code wgs84}, {@code gcj02}, {@code bd09} or {@code cgcs2000}, in any case. */
	public static Optional<Crs> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return switch (name.trim().toLowerCase(Locale.ROOT).replace("-", "")) {
			case "wgs84" -> Optional.of(WGS84);
			case "gcj02" -> Optional.of(GCJ02);
			case "bd09" -> Optional.of(BD09);
			case "cgcs2000" -> Optional.of(CGCS2000);
			default -> Optional.empty();
		};
	}

	/** Converts a point given in this system to WGS-84, as {@code {lon, lat}}. */
	public double[] toWgs84(double lon, double lat) {
		return switch (this) {
			case WGS84, CGCS2000 -> new double[] { lon, lat };
			case GCJ02 -> ChinaOffsets.gcj02ToWgs84(lon, lat);
			case BD09 -> {
				double[] gcj = ChinaOffsets.bd09ToGcj02(lon, lat);
				yield ChinaOffsets.gcj02ToWgs84(gcj[0], gcj[1]);
			}
		};
	}

	/** Converts a WGS-84 point to this system, as {@code {lon, lat}}. */
	public double[] fromWgs84(double lon, double lat) {
		return switch (this) {
			case WGS84, CGCS2000 -> new double[] { lon, lat };
			case GCJ02 -> ChinaOffsets.wgs84ToGcj02(lon, lat);
			case BD09 -> {
				double[] gcj = ChinaOffsets.wgs84ToGcj02(lon, lat);
				yield ChinaOffsets.gcj02ToBd09(gcj[0], gcj[1]);
			}
		};
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
