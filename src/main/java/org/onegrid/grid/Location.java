package org.onegrid.grid;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a point lies: for each layer covering it, the grids from the leaf up to the root.
 *
 * @param lon the point's WGS-84 longitude (after conversion from the request's coordinate system)
 * @param lat the point's WGS-84 latitude
 * @param stamp the layers' versions the answer was located in, which {@link GridLocator#confirm} checks
 */
public record Location(double lon, double lat, List<LayerPath> layers, @JsonIgnore String stamp) {

	/** The path of one layer, leaf first. */
	public record LayerPath(String layer, String layerName, List<GridRef> path) {

		public GridRef leaf() {
			return path.get(0);
		}
	}

	/** A grid on a path. */
	public record GridRef(String code, String name, int level, String levelName) {
	}
}
