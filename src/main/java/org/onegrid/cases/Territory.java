package org.onegrid.cases;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.District;
import org.onegrid.grid.Districts;

/**
 * The grid a search is narrowed to: the one its {@code layer} and {@code grid} name, or the grid of the district its
 * {@code district} names, for a screen that shows one of the districts an installation serves.
 */
record Territory(String layer, String grid) {

	/**
	 * @throws ApiProblem 400 naming {@code district} when it names no district served, or comes with a layer or grid
	 */
	static Territory of(Districts districts, String district, String layer, String grid) {
		if (district == null || district.isBlank()) {
			return new Territory(layer, grid);
		}
		if (layer != null || grid != null) {
			throw ApiProblem.invalidField("district", "EXCLUSIVE", "give a district, or a layer and a grid, not both");
		}
		District served = districts.find(district.strip()).orElseThrow(() -> ApiProblem.invalidField("district",
				"UNKNOWN", "this installation serves no district '" + district.strip() + "'"));
		return new Territory(served.layer(), served.grid());
	}
}
