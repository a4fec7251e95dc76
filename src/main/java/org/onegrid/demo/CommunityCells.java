package org.onegrid.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.locationtech.jts.algorithm.construct.LargestEmptyCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onegrid.geo.GeoJson;

/**
 * Street and community polygons generated from the published centre points, in two Voronoi stages.
 * <ol>
 * <li>Streets: every usable point (the town's own centre and its communities' centres) is a site owned by its
 * town; a street is the union of its sites' Voronoi cells clipped to the district outline. A point is usable when it
 * lies inside the outline and no earlier row (in file order) has claimed the same position. A town left with no
 * site is given the centre of the largest empty circle among the sites already placed. Small detached pieces of
 * a street go to a neighbour ({@link Fragments}).</li>
 * <li>Communities: inside each street, a community keeps its own centre when usable there; every other community
 * (no centre, duplicate centre, centre outside the outline or in another street) gets a seeded best-candidate point
 * inside the street, as far as possible from the sites already taken. The communities are the Voronoi cells of these
 * sites clipped to the street.</li>
 * </ol>
 * Promises: every street and community has a non-empty valid polygon; communities of a street partition it exactly
 * (up to floating-point noise); streets partition the outline; the result is the same on every run.
 */
final class CommunityCells {

	private static final int CANDIDATES = 24;

	private static final long PLACEMENT_SALT = 0x5EED_0001L;

	final Map<String, Geometry> streets = new LinkedHashMap<>();

	final Map<String, Geometry> communities = new LinkedHashMap<>();

	final Map<String, Coordinate> sites = new LinkedHashMap<>();

	private CommunityCells() {
	}

	static CommunityCells build(AdcodeTable table, Geometry outline) {
		CommunityCells result = new CommunityCells();
		Map<Coordinate, String> owners = streetSites(table, outline);
		List<Coordinate> siteList = new ArrayList<>(owners.keySet());
		Map<String, List<Geometry>> parts = new LinkedHashMap<>();
		Partitions.voronoi(outline, siteList)
			.forEach((site, cell) -> parts.computeIfAbsent(owners.get(site), k -> new ArrayList<>()).add(cell));
		table.towns().forEach(town -> result.streets.put(town.code(), Partitions.union(parts.get(town.code()))));
		Map<String, List<Coordinate>> anchors = new LinkedHashMap<>();
		owners.forEach((site, town) -> anchors.computeIfAbsent(town, k -> new ArrayList<>()).add(site));
		Fragments.absorb(result.streets, anchors::get);
		for (AdminUnit town : table.towns()) {
			result.splitStreet(table.communitiesOf(town.code()), result.streets.get(town.code()));
		}
		return result;
	}

	private static Map<Coordinate, String> streetSites(AdcodeTable table, Geometry outline) {
		Map<Coordinate, String> owners = new LinkedHashMap<>();
		List<AdminUnit> homeless = new ArrayList<>();
		for (AdminUnit town : table.towns()) {
			int before = owners.size();
			claim(owners, town, town.code(), outline);
			table.communitiesOf(town.code()).forEach(c -> claim(owners, c, town.code(), outline));
			if (owners.size() == before) {
				homeless.add(town);
			}
		}
		for (AdminUnit town : homeless) {
			Geometry taken = GeoJson.FACTORY.createMultiPointFromCoords(owners.keySet().toArray(Coordinate[]::new));
			Coordinate centre = new LargestEmptyCircle(taken, outline, 1e-5).getCenter().getCoordinate();
			owners.put(centre, town.code());
		}
		return owners;
	}

	private static void claim(Map<Coordinate, String> owners, AdminUnit unit, String townCode, Geometry outline) {
		if (unit.hasCentre() && outline.contains(GeoJson.FACTORY.createPoint(unit.centre()))) {
			owners.putIfAbsent(unit.centre(), townCode);
		}
	}

	private void splitStreet(List<AdminUnit> members, Geometry street) {
		if (members.isEmpty()) {
			return;
		}
		Set<Coordinate> taken = new LinkedHashSet<>();
		Map<String, Coordinate> chosen = new LinkedHashMap<>();
		for (AdminUnit c : members) {
			if (c.hasCentre() && !taken.contains(c.centre())
					&& street.contains(GeoJson.FACTORY.createPoint(c.centre()))) {
				taken.add(c.centre());
				chosen.put(c.code(), c.centre());
			}
		}
		for (AdminUnit c : members) {
			if (!chosen.containsKey(c.code())) {
				Random random = new Random(Long.parseLong(c.code()) ^ PLACEMENT_SALT);
				Coordinate placed = Partitions.bestCandidate(street, taken, CANDIDATES, random);
				taken.add(placed);
				chosen.put(c.code(), placed);
			}
		}
		List<Coordinate> ordered = members.stream().map(c -> chosen.get(c.code())).toList();
		Map<Coordinate, Geometry> cells = Partitions.voronoi(street, ordered);
		for (AdminUnit c : members) {
			Coordinate site = chosen.get(c.code());
			sites.put(c.code(), site);
			communities.put(c.code(), cells.get(site));
		}
	}
}
