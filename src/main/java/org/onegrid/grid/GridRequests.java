package org.onegrid.grid;

import org.onegrid.api.ApiProblem;
import org.onegrid.geo.Crs;

/**
 * Parsing of request parameters shared by the grid controllers.
 */
final class GridRequests {

	private GridRequests() {
	}

	static Crs crs(String name) {
		return Crs.parse(name).orElseThrow(() -> ApiProblem.invalidField("crs", "UNKNOWN_CRS",
				"坐标系须为 wgs84、gcj02、bd09 或 cgcs2000 / crs must be wgs84, gcj02, bd09 or cgcs2000, not '" + name
						+ "'"));
	}

	static GeometryMode geometryMode(String name) {
		return GeometryMode.parse(name).orElseThrow(() -> ApiProblem.invalidField("geometry", "UNKNOWN_MODE",
				"geometry 须为 strict 或 repair / geometry must be strict or repair, not '" + name + "'"));
	}

	static void requireLonLat(double lon, double lat) {
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw ApiProblem.invalidField("lon", "OUT_OF_RANGE", "lon must be between -180 and 180");
		}
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw ApiProblem.invalidField("lat", "OUT_OF_RANGE", "lat must be between -90 and 90");
		}
	}
}
