package org.onegrid.cases;

import java.util.Comparator;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.geo.Crs;
import org.onegrid.grid.GridLocator;
import org.onegrid.grid.Location;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Finds where a point lies for a case: its grids in every layer, leaf first, and the layer that decides
 * responsibility (the district's primary layer where it covers the point, else the first layer that does), and the
 * member of that layer's grids it lies on, if any. A point outside every grid is refused, since no team would ever
 * see the case.
 */
@Component
class Places {

	private final GridLocator locator;

	private final CasesProperties properties;

	Places(GridLocator locator, CasesProperties properties) {
		this.locator = locator;
		this.properties = properties;
	}

	/** The point (in {@code crs}, WGS-84 when null) with its grids; refuses a point outside every grid. */
	Place locate(double lon, double lat, String crs) {
		Location location = locator.locate(lon, lat, crs == null ? Crs.WGS84 : Crs.parse(crs).orElseThrow());
		if (location.layers().isEmpty()) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request",
					"The point lies outside every grid", List.of(new Violation("lon", "OUTSIDE_EVERY_GRID",
							"(" + lon + ", " + lat + ") in " + (crs == null ? Crs.WGS84 : crs)
									+ " lies in no grid of any layer")));
		}
		List<GridTrail> trails = location.layers().stream()
			.sorted(Comparator.comparing(Location.LayerPath::layer))
			.map(GridTrail::of)
			.toList();
		String primary = trails.stream().anyMatch(trail -> trail.layer().equals(properties.primaryLayer()))
				? properties.primaryLayer() : trails.get(0).layer();
		return new Place(location.lon(), location.lat(), trails, primary,
				CaseMember.of(locator.memberAt(primary, location.lon(), location.lat()).orElse(null)), location);
	}

	/**
	 * In the transaction that stores a case at {@code place}: the place itself when it was located in the grids as
	 * committed, else the point located again in the grids an import committed meanwhile. Until the transaction
	 * ends no import of grids starts, so the case is stored in grids that exist, and a later boundary change finds
	 * it and moves it with its territory.
	 */
	Place confirm(Place place) {
		if (place.located() == null || locator.confirm(place.located())) {
			return place;
		}
		return locate(place.lon(), place.lat(), null);
	}
}
