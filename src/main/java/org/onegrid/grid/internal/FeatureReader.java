package org.onegrid.grid.internal;

import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GeoJsonException;
import org.onegrid.geo.GroundArea;
import org.onegrid.grid.GeometryMode;
import org.onegrid.grid.ImportMapping;
import org.onegrid.grid.ImportProblem;
import org.onegrid.grid.ImportRepair;
import tools.jackson.databind.JsonNode;

/**
 * Reads one GeoJSON feature into a {@link RawFeature}, adding every problem it finds on its own to
 * {@code problems}. Checks that need the other features (parents, duplicates, containment) are the
 * {@link TreeValidator}'s.
 */
final class FeatureReader {

	static final int MAX_NAME = 200;

	private final ImportMapping mapping;

	FeatureReader(ImportMapping mapping) {
		this.mapping = mapping;
	}

	/**
	 * The feature as read, or null when it is unusable; its problems are added to {@code problems}, and in repair
	 * mode the repairs of its polygon to {@code repairs}.
	 */
	RawFeature read(int index, JsonNode feature, List<ImportProblem> problems, List<ImportRepair> repairs) {
		if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
			problems.add(new ImportProblem(index, null, "NOT_A_FEATURE", "Item is not a GeoJSON Feature object"));
			return null;
		}
		JsonNode properties = feature.path("properties");
		String code = text(properties, mapping.codeProperty());
		int before = problems.size();
		if (code == null) {
			problems.add(new ImportProblem(index, null, "MISSING_CODE",
					missing(mapping.codeProperty(), "网格编码", "grid code", properties)));
		}
		String name = text(properties, mapping.nameProperty());
		if (name == null) {
			problems.add(new ImportProblem(index, code, "MISSING_NAME",
					missing(mapping.nameProperty(), "网格名称", "grid name", properties)));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new ImportProblem(index, code, "NAME_TOO_LONG",
					"The name has " + name.length() + " characters; at most " + MAX_NAME + " are allowed"));
		}
		Geometry geometry = geometry(index, code, feature.get("geometry"), problems, repairs);
		if (problems.size() > before) {
			return null;
		}
		JsonNode generatedFlag = properties.path("generated");
		return new RawFeature(index, code, name, text(properties, mapping.parentProperty()),
				properties.get(mapping.levelProperty()), geometry,
				generatedFlag.isBoolean() && generatedFlag.asBoolean());
	}

	private Geometry geometry(int index, String code, JsonNode node, List<ImportProblem> problems,
			List<ImportRepair> repairs) {
		Geometry geometry;
		try {
			geometry = GeoJson.readArea(node, mapping.crs());
		}
		catch (GeoJsonException e) {
			problems.add(new ImportProblem(index, code, e.code(), e.getMessage()));
			return null;
		}
		catch (IllegalArgumentException e) {
			problems.add(new ImportProblem(index, code, "INVALID_GEOMETRY", e.getMessage()));
			return null;
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		boolean repair = mapping.geometry() == GeometryMode.REPAIR;
		if (error != null) {
			boolean selfIntersection = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
					|| error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
			String kind = selfIntersection ? "SELF_INTERSECTION" : "INVALID_GEOMETRY";
			String what = error.getMessage() + " near " + where(error.getCoordinate());
			Geometry fixed = repair ? PolygonRepair.fix(geometry) : null;
			if (fixed == null) {
				problems.add(new ImportProblem(index, code, kind, repair
						? "无法修复，修复后不含任何面积 / Cannot be repaired, nothing of it encloses an area: " + what
						: what));
				return null;
			}
			repairs.add(repaired(index, code, kind, "已修复 / Repaired: " + what, geometry, fixed));
			geometry = fixed;
		}
		else if (repair && !PolygonRepair.isOriented(geometry)) {
			Geometry oriented = PolygonRepair.oriented(geometry);
			repairs.add(repaired(index, code, "RING_ORIENTATION", "环的方向已按 GeoJSON 调整（外环逆时针、内环顺时针）"
					+ " / Rings turned to GeoJSON orientation (outer counter-clockwise, holes clockwise)", geometry,
					oriented));
			geometry = oriented;
		}
		if (geometry.getArea() <= 0) {
			problems.add(new ImportProblem(index, code, "ZERO_AREA", "The geometry encloses no area"));
			return null;
		}
		return geometry;
	}

	private static ImportRepair repaired(int index, String code, String kind, String detail, Geometry before,
			Geometry after) {
		double areaBefore = GroundArea.squareMetres(before);
		double areaAfter = GroundArea.squareMetres(after);
		double moved = Math.abs(areaBefore - areaAfter);
		return new ImportRepair(index, code, kind, String.format(Locale.ROOT,
				"%s; 面积 %.0f m² → %.0f m²，变动 %.0f m² / area %.0f m² → %.0f m², %.0f m² moved", detail, areaBefore,
				areaAfter, moved, areaBefore, areaAfter, moved), areaBefore, areaAfter, moved);
	}

	/** A position as a person writes it, {@code [lon, lat]}, without the third coordinate GeoJSON never sent. */
	private static String where(org.locationtech.jts.geom.Coordinate at) {
		return at == null ? "an unknown position" : "[" + at.getX() + ", " + at.getY() + "]";
	}

	/** The code a feature claims, even when the feature is otherwise unusable; null when it has none. */
	String codeOf(JsonNode feature) {
		return feature == null ? null : text(feature.path("properties"), mapping.codeProperty());
	}

	/** Names the property expected and the ones the feature has, so that the right mapping can be chosen. */
	private static String missing(String property, String zh, String en, JsonNode properties) {
		String has = properties.isObject() && !properties.isEmpty()
				? String.join(", ", properties.propertyNames()) : "—";
		return "缺少属性 '" + property + "'（" + zh + "）或其为空；要素现有属性：" + has + " / Property '" + property
				+ "' with the " + en + " is missing or empty; the feature has: " + has;
	}

	private static String text(JsonNode properties, String name) {
		JsonNode value = properties.get(name);
		if (value == null || value.isNull() || !(value.isString() || value.isNumber())) {
			return null;
		}
		String text = value.asString().trim();
		return text.isEmpty() ? null : text;
	}

	/** A feature that passed its own checks. */
	record RawFeature(int index, String code, String name, String parentCode, JsonNode level, Geometry geometry,
			boolean generated) {
	}
}
