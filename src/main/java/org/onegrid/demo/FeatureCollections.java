package org.onegrid.demo;

import java.util.List;

import org.onegrid.geo.GeoJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes demo grids as a GeoJSON FeatureCollection with the properties {@code code}, {@code name}, {@code parent}
 * (left out for the root), {@code level} and {@code generated}; geometry goes through {@link GeoJson#write}.
 */
final class FeatureCollections {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FeatureCollections() {
	}

	static ObjectNode of(List<DemoGrid> grids) {
		ObjectNode collection = JSON.createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (DemoGrid grid : grids) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			ObjectNode properties = feature.putObject("properties");
			properties.put("code", grid.code());
			properties.put("name", grid.name());
			if (grid.parent() != null) {
				properties.put("parent", grid.parent());
			}
			properties.put("level", grid.level());
			properties.put("generated", grid.generated());
			feature.set("geometry", JSON.valueToTree(GeoJson.write(grid.geometry())));
		}
		return collection;
	}
}
