package org.onegrid.demo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * The police layer (警务责任区): district, one station precinct (派出所辖区) per street with the street's polygon and
 * code, and three beats per precinct coded street code + 901, 902, 903.
 * <p>
 * In the pilot street the beats are exactly its three areas, south to north (多格合一: beats and operations grids
 * aligned); everywhere else they come from {@link PoliceBeats} and cut across communities.
 */
final class PoliceGrids {

	static final List<String> LEVELS = List.of("区", "派出所辖区", "警务责任区");

	private static final List<String> ORDINALS = List.of("一", "二", "三");

	private static final int FIRST_BEAT = 901;

	private PoliceGrids() {
	}

	static List<DemoGrid> build(AdcodeTable table, Geometry outline, CommunityCells cells, AdminUnit pilot,
			List<PilotAreas.Area> areas) {
		List<DemoGrid> grids = new ArrayList<>(DemoGrid.districtAndStreets(table, outline, cells, LEVELS, "派出所辖区"));
		for (AdminUnit town : table.towns()) {
			boolean aligned = town.code().equals(pilot.code());
			List<Geometry> beats = aligned ? areas.stream().map(PilotAreas.Area::geometry).toList()
					: PoliceBeats.split(town.code(), cells.streets.get(town.code()));
			for (int i = 0; i < beats.size(); i++) {
				String name = town.name() + "第" + ORDINALS.get(i) + "警务责任区"
						+ (aligned ? "(" + areas.get(i).band() + ")" : "");
				grids.add(new DemoGrid(town.code() + (FIRST_BEAT + i), name, town.code(), LEVELS.get(2), beats.get(i),
						true));
			}
		}
		return grids;
	}
}
