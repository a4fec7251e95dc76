package org.onegrid.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * The three areas (片区, the 中网格) of the 多格合一 pilot street in the 中山 street's 多格合一 plan: 南片 under the 府城 committee, 中片
 * under the functional-zone and industrial-zone committees, 北片 under the business-district committee.
 * <p>
 * The communities are sorted by the latitude of their Voronoi sites and cut into three bands of near-equal count,
 * south first (the southern bands take any remainder); an area is the union of its communities, so the areas
 * partition the street exactly. Area codes are the street code followed by 001, 002, 003.
 */
final class PilotAreas {

	/** The pilot street of the 中山 street's 多格合一 plan. */
	static final String STREET_NAME = "中山街道";

	private static final List<String> BANDS = List.of("南片", "中片", "北片");

	private static final List<String> COMMITTEES = List.of("府城", "功能区/工业区", "商务区");

	/**
	 * @param band 南片, 中片 or 北片
	 * @param communityCodes the member communities, south to north
	 */
	record Area(String code, String name, String band, List<String> communityCodes, Geometry geometry) {
	}

	private PilotAreas() {
	}

	static List<Area> of(AdminUnit street, List<AdminUnit> communities, CommunityCells cells) {
		if (communities.size() < BANDS.size()) {
			throw new IllegalStateException(street.name() + " has fewer communities than areas");
		}
		List<String> bySouth = new ArrayList<>(communities.stream().map(AdminUnit::code).toList());
		bySouth.sort(Comparator.comparingDouble((String code) -> cells.sites.get(code).y)
			.thenComparingDouble(code -> cells.sites.get(code).x));
		List<Area> areas = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < BANDS.size(); i++) {
			int size = bySouth.size() / BANDS.size() + (i < bySouth.size() % BANDS.size() ? 1 : 0);
			List<String> members = List.copyOf(bySouth.subList(from, from + size));
			from += size;
			Geometry geometry = Partitions.union(members.stream().map(cells.communities::get).toList());
			String code = street.code() + "%03d".formatted(i + 1);
			String name = street.name() + BANDS.get(i) + "(" + COMMITTEES.get(i) + ")";
			areas.add(new Area(code, name, BANDS.get(i), members, geometry));
		}
		return areas;
	}
}
