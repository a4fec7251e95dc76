package org.onegrid.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.onegrid.geo.Crs;
import org.onegrid.grid.GridLocator;

/**
 * Where the demo's past happened: points inside the smallest grids of the district's operations layer, half of them
 * in the pilot street, so that the street whose leader and teams the demo has sees half of the cases.
 */
final class DemoPlaces {

	private DemoPlaces() {
	}

	/** Up to {@code count} places, in an order of the seed's making, every other one in the pilot street. */
	static List<double[]> pick(GridLocator locator, Random random, int count) {
		List<double[]> inside = new ArrayList<>(locator.pointsInside(DemoOrganisationLoader.LAYER, 10_000));
		Collections.shuffle(inside, random);
		List<double[]> pilot = new ArrayList<>();
		List<double[]> elsewhere = new ArrayList<>();
		for (double[] point : inside) {
			(inPilotStreet(locator, point) ? pilot : elsewhere).add(point);
		}
		List<double[]> places = new ArrayList<>();
		for (int i = 0; places.size() < count && (i < pilot.size() || i < elsewhere.size()); i++) {
			if (i < pilot.size()) {
				places.add(pilot.get(i));
			}
			if (i < elsewhere.size()) {
				places.add(elsewhere.get(i));
			}
		}
		return places;
	}

	private static boolean inPilotStreet(GridLocator locator, double[] point) {
		return locator.locate(point[0], point[1], Crs.WGS84).layers().stream()
			.filter(layer -> layer.layer().equals(DemoOrganisationLoader.LAYER))
			.flatMap(layer -> layer.path().stream())
			.anyMatch(grid -> grid.name().equals(PilotAreas.STREET_NAME));
	}
}
