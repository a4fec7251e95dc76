package org.onegrid.grid.internal;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GeoJsonException;
import org.onegrid.grid.ImportMapping;
import org.onegrid.grid.ImportProblem;
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

	/** The feature as read, or null when it is unusable; its problems are added to {@code problems}. */
	RawFeature read(int index, JsonNode feature, List<ImportProblem> problems) {
		if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
			problems.add(new ImportProblem(index, null, "NOT_A_FEATURE", "Item is not a GeoJSON Feature object"));
			return null;
		}
		JsonNode properties = feature.path("properties");
		String code = text(properties, mapping.codeProperty());
		int before = problems.size();
		if (code == null) {
			problems.add(new ImportProblem(index, null, "MISSING_CODE",
					"Property '" + mapping.codeProperty() + "' with the grid code is missing or empty"));
		}
		String name = text(properties, mapping.nameProperty());
		if (name == null) {
			problems.add(new ImportProblem(index, code, "MISSING_NAME",
					"Property '" + mapping.nameProperty() + "' with the grid name is missing or empty"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new ImportProblem(index, code, "NAME_TOO_LONG",
					"The name has " + name.length() + " characters; at most " + MAX_NAME + " are allowed"));
		}
		Geometry geometry = geometry(index, code, feature.get("geometry"), problems);
		if (problems.size() > before) {
			return null;
		}
		JsonNode generatedFlag = properties.path("generated");
		return new RawFeature(index, code, name, text(properties, mapping.parentProperty()),
				properties.get(mapping.levelProperty()), geometry,
				generatedFlag.isBoolean() && generatedFlag.asBoolean());
	}

	private Geometry geometry(int index, String code, JsonNode node, List<ImportProblem> problems) {
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
		if (error != null) {
			boolean selfIntersection = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
					|| error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
			problems.add(new ImportProblem(index, code, selfIntersection ? "SELF_INTERSECTION" : "INVALID_GEOMETRY",
					error.getMessage() + " near " + where(error.getCoordinate())));
			return null;
		}
		if (geometry.getArea() <= 0) {
			problems.add(new ImportProblem(index, code, "ZERO_AREA", "The geometry encloses no area"));
			return null;
		}
		return geometry;
	}

	/** A position as a person writes it, {@code [lon, lat]}, without the third coordinate GeoJSON never sent. */
	private static String where(org.locationtech.jts.geom.Coordinate at) {
		return at == null ? "an unknown position" : "[" + at.getX() + ", " + at.getY() + "]";
	}

	/** The code a feature claims, even when the feature is otherwise unusable; null when it has none. */
	String codeOf(JsonNode feature) {
		return feature == null ? null : text(feature.path("properties"), mapping.codeProperty());
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
