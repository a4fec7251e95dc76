package org.onegrid.demo;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * One generated grid layer of the demo district, ready to be imported like any district's own GeoJSON.
 *
 * @param code the layer's slug, e.g. {@code ops} or {@code police}
 * @param name the layer's display name
 * @param kind the layer kind, e.g. {@code ops} or {@code police-beat}
 * @param levelNames the level names from the root down; every feature's {@code level} property is one of them
 * @param featureCollection a GeoJSON FeatureCollection in WGS-84 lon/lat whose features carry {@code code},
 * {@code name}, {@code parent} (absent for the root), {@code level} and {@code generated}
 */
public record DemoLayer(String code, String name, String kind, List<String> levelNames,
		ObjectNode featureCollection) {

	public DemoLayer {
		levelNames = List.copyOf(levelNames);
	}
}
