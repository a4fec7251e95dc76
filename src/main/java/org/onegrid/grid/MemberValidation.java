package org.onegrid.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJsonException;
import org.onegrid.geo.GeoShapes;
import org.onegrid.grid.internal.StoredGrid;
import tools.jackson.databind.JsonNode;

/**
 * Checks a FeatureCollection of grid members field by field: each names its code, name, kind and grid (one of the
 * layer's), has a shape that touches its grid, and may name a contact, whether its grid coordinates its cases and
 * its reach in metres (30 for a point or line, 0 for an area unless given).
 */
final class MemberValidation {

	static final int MOST_MEMBERS = 10_000;

	private static final int DEFAULT_REACH = 30;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	private final String layer;

	private final Crs crs;

	private final Map<String, Geometry> grounds = new HashMap<>();

	MemberValidation(String layer, List<StoredGrid> grids, Crs crs) {
		this.layer = layer;
		this.crs = crs;
		grids.forEach(grid -> grounds.put(grid.code(), grid.geometry()));
	}

	List<GridMember> validate(JsonNode collection, List<Violation> violations) {
		JsonNode features = collection == null ? null : collection.get("features");
		if (collection == null || !"FeatureCollection".equals(collection.path("type").asString(""))
				|| features == null || !features.isArray()) {
			violations.add(new Violation("type", "NOT_A_FEATURE_COLLECTION",
					"The body must be a GeoJSON FeatureCollection with a features array"));
			return List.of();
		}
		if (features.size() > MOST_MEMBERS) {
			violations.add(new Violation("features", "TOO_MANY", "At most " + MOST_MEMBERS + " members per layer"));
			return List.of();
		}
		List<GridMember> members = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < features.size(); i++) {
			GridMember member = member(features.get(i), "features[" + i + "]", codes, violations);
			if (member != null) {
				members.add(member);
			}
		}
		return members;
	}

	private GridMember member(JsonNode feature, String at, Set<String> codes, List<Violation> violations) {
		JsonNode p = feature.path("properties");
		String props = at + ".properties.";
		int before = violations.size();
		String code = text(p, "code");
		if (code == null || !CODE.matcher(code).matches()) {
			violations.add(new Violation(props + "code", "INVALID_CODE",
					"A member's code is 1 to 64 letters, digits, '.', '_' or '-'"));
		}
		else if (!codes.add(code)) {
			violations.add(new Violation(props + "code", "DUPLICATE", "Member code '" + code + "' is given twice"));
		}
		String name = text(p, "name");
		Fields.text(name, props + "name", Fields.MAX_NAME, violations);
		String kind = text(p, "kind");
		if (kind == null || !KIND.matcher(kind).matches()) {
			violations.add(new Violation(props + "kind", "INVALID_KIND",
					"A member's kind is 1 to 32 lowercase letters, digits or '-', such as road-section"));
		}
		String contact = text(p, "contact");
		if (contact != null) {
			Fields.text(contact, props + "contact", Fields.MAX_NAME, violations);
		}
		JsonNode coordinated = p.path("coordinated");
		if (!coordinated.isMissingNode() && !coordinated.isNull() && !coordinated.isBoolean()) {
			violations.add(new Violation(props + "coordinated", "NOT_A_BOOLEAN", "coordinated is true or false"));
		}
		String grid = text(p, "grid");
		Geometry ground = grid == null ? null : grounds.get(grid);
		if (ground == null) {
			violations.add(new Violation(props + "grid", grid == null ? "REQUIRED" : "UNKNOWN_GRID",
					grid == null ? "A member names the grid it belongs to"
							: "Layer '" + layer + "' has no grid '" + grid + "'"));
		}
		Geometry shape = shape(feature.get("geometry"), at + ".geometry", violations);
		if (shape != null && ground != null && !ground.intersects(shape)) {
			violations.add(new Violation(at + ".geometry", "OUTSIDE_GRID",
					"The member's shape does not touch grid '" + grid + "'"));
		}
		JsonNode reach = p.path("reach");
		if (!reach.isMissingNode() && !reach.isNull() && (!reach.isIntegralNumber() || reach.asInt() < 0
				|| reach.asInt() > 500)) {
			violations.add(new Violation(props + "reach", "OUT_OF_RANGE", "reach is whole metres from 0 to 500"));
		}
		if (violations.size() > before) {
			return null;
		}
		int metres = reach.isIntegralNumber() ? reach.asInt() : shape instanceof Polygonal ? 0 : DEFAULT_REACH;
		return new GridMember(layer, code, grid, kind, name, contact, coordinated.asBoolean(false), metres, shape);
	}

	private Geometry shape(JsonNode geometry, String at, List<Violation> violations) {
		try {
			Geometry shape = GeoShapes.read(geometry, crs);
			if (!shape.isValid()) {
				violations.add(new Violation(at, "INVALID_GEOMETRY", "The member's shape is not valid"));
				return null;
			}
			return shape;
		}
		catch (GeoJsonException e) {
			violations.add(new Violation(at, e.code(), e.getMessage()));
			return null;
		}
	}

	private static String text(JsonNode properties, String name) {
		JsonNode value = properties.get(name);
		return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString().strip();
	}
}
