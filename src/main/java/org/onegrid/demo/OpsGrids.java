package org.onegrid.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * The urban-operations layer (城运网格): district, streets, the pilot street's three areas, communities and
 * micro-grids, parents before children.
 * <p>
 * Communities of the pilot street hang under its areas, all others directly under their street (the 片区 level is
 * skipped there). The pilot street's communities share exactly {@link #PILOT_MICRO_GRIDS} micro-grids in proportion
 * to area; every other community gets {@link MicroGrids#usualCount}. Micro-grid codes are the community code
 * followed by 001, 002, ...; names are {@code <社区名>第n微网格}.
 */
final class OpsGrids {

	static final List<String> LEVELS = List.of("区", "街道", "片区", "社区", "微网格");

	/** The 中山 street's 多格合一 plan: 125 micro-grids in the pilot street. */
	static final int PILOT_MICRO_GRIDS = 125;

	private OpsGrids() {
	}

	static List<DemoGrid> build(AdcodeTable table, Geometry outline, CommunityCells cells, AdminUnit pilot,
			List<PilotAreas.Area> areas) {
		List<DemoGrid> grids = new ArrayList<>(DemoGrid.districtAndStreets(table, outline, cells, LEVELS, ""));
		Map<String, String> areaOf = new HashMap<>();
		for (PilotAreas.Area area : areas) {
			grids.add(new DemoGrid(area.code(), area.name(), pilot.code(), LEVELS.get(2), area.geometry(), true));
			area.communityCodes().forEach(code -> areaOf.put(code, area.code()));
		}
		Map<String, Integer> microCounts = pilotMicroCounts(table, cells, pilot);
		List<DemoGrid> micro = new ArrayList<>();
		for (AdminUnit town : table.towns()) {
			for (AdminUnit community : table.communitiesOf(town.code())) {
				Geometry polygon = cells.communities.get(community.code());
				grids.add(new DemoGrid(community.code(), community.name(),
						areaOf.getOrDefault(community.code(), town.code()), LEVELS.get(3), polygon, true));
				int count = microCounts.getOrDefault(community.code(), MicroGrids.usualCount(polygon));
				List<Geometry> parts = MicroGrids.split(community.code(), polygon, count);
				for (int i = 0; i < parts.size(); i++) {
					micro.add(new DemoGrid(community.code() + "%03d".formatted(i + 1),
							community.name() + "第" + (i + 1) + "微网格", community.code(), LEVELS.get(4), parts.get(i),
							true));
				}
			}
		}
		grids.addAll(micro);
		return grids;
	}

	private static Map<String, Integer> pilotMicroCounts(AdcodeTable table, CommunityCells cells, AdminUnit pilot) {
		Map<String, Geometry> pilotCommunities = new LinkedHashMap<>();
		table.communitiesOf(pilot.code()).forEach(c -> pilotCommunities.put(c.code(), cells.communities.get(c.code())));
		return MicroGrids.allocate(pilotCommunities, PILOT_MICRO_GRIDS);
	}
}
