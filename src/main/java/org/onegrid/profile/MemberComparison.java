package org.onegrid.profile;

import java.util.HashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJsonException;
import org.onegrid.geo.GeoShapes;
import tools.jackson.databind.JsonNode;

/**
 * Whether a profile's grid members are the ones stored: the same codes, each with the same name, kind, grid, contact,
 * coordination, reach (the default reach counts as given) and shape, so that loading a profile twice changes nothing.
 */
final class MemberComparison {

	private MemberComparison() {
	}

	static boolean same(JsonNode stored, JsonNode wanted) {
		Map<String, JsonNode> byCode = new HashMap<>();
		stored.path("features").forEach(f -> byCode.put(f.path("properties").path("code").asString(), f));
		if (byCode.size() != wanted.path("features").size()) {
			return false;
		}
		for (JsonNode feature : wanted.path("features")) {
			JsonNode p = feature.path("properties");
			JsonNode existing = byCode.get(p.path("code").asString(""));
			if (existing == null) {
				return false;
			}
			JsonNode q = existing.path("properties");
			Geometry shape = shape(feature.path("geometry"));
			Geometry storedShape = shape(existing.path("geometry"));
			if (shape == null || storedShape == null || !shape.equalsExact(storedShape, 1e-9)) {
				return false;
			}
			int reach = p.path("reach").isIntegralNumber() ? p.path("reach").asInt() : shape instanceof Polygonal ? 0 : 30;
			if (!q.path("name").asString("").equals(p.path("name").asString("").strip())
					|| !q.path("kind").asString("").equals(p.path("kind").asString(""))
					|| !q.path("grid").asString("").equals(p.path("grid").asString(""))
					|| !q.path("contact").asString("").equals(p.path("contact").asString("").strip())
					|| q.path("coordinated").asBoolean(false) != p.path("coordinated").asBoolean(false)
					|| q.path("reach").asInt() != reach) {
				return false;
			}
		}
		return true;
	}

	private static Geometry shape(JsonNode geometry) {
		try {
			return GeoShapes.read(geometry, Crs.WGS84);
		}
		catch (GeoJsonException e) {
			return null;
		}
	}
}
