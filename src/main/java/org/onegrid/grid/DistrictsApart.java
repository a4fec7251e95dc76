package org.onegrid.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.stereotype.Component;

/**
 * Keeps the districts apart and in place when a layer's boundaries change. A district whose grid's code is gone
 * becomes the territory of the grid's successor; new grids under which a district's territory would share area with
 * another district's, in the same layer or another, are refused as the district itself would be, so that every place
 * still lies in at most one district; and new grids that leave a district with no territory at all (its grid gone,
 * nothing of its level covering it) are refused, since every case and rule of the district would silently lose it.
 * Districts that only meet along an edge stay served.
 */
@Component
class DistrictsApart {

	private final Districts districts;

	private final Grids grids;

	DistrictsApart(Districts districts, Grids grids) {
		this.districts = districts;
		this.grids = grids;
	}

	/**
	 * The problems that would refuse replacing the layer's grids with {@code replacing}, whose grids pass on as
	 * {@code succession} says: one per district left without a grid and one per pair of districts that would
	 * overlap. Inside a transaction that is to write the grids, call {@link #lockAndCheck} instead.
	 */
	List<ImportProblem> check(String layer, List<StoredGrid> replacing, LayerSuccession succession) {
		List<District> served = districts.all();
		List<ImportProblem> problems = new ArrayList<>();
		if (served.stream().noneMatch(district -> district.layer().equals(layer))) {
			return problems;
		}
		Map<String, Geometry> replaced = new HashMap<>();
		replacing.forEach(grid -> replaced.put(grid.code(), grid.geometry()));
		for (District district : served) {
			if (district.layer().equals(layer) && gridAfter(district, succession) == null) {
				problems.add(new ImportProblem(-1, district.grid(), "DISTRICT_GRID_REMOVED", "these boundaries remove "
						+ "grid '" + district.grid() + "', the territory of district '" + district.code() + "' ("
						+ district.name() + "), and no new grid of its level covers any of it; keep the grid, or "
						+ "describe the district on another grid or remove it first"));
			}
		}
		for (int i = 0; i < served.size(); i++) {
			District one = served.get(i);
			Geometry ours = territory(one, layer, replaced, succession);
			if (ours == null) {
				continue;
			}
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(ours);
			for (District other : served.subList(i + 1, served.size())) {
				if ((one.layer().equals(layer) || other.layer().equals(layer))
						&& Districts.shareArea(prepared, territory(other, layer, replaced, succession))) {
					problems.add(new ImportProblem(-1, one.layer().equals(layer) ? one.grid() : other.grid(),
							"DISTRICTS_OVERLAP", "with these boundaries district '" + one.code() + "' (" + one.name()
									+ ") would overlap district '" + other.code() + "' (" + other.name() + "), and a "
									+ "place would lie in two districts; change the boundaries or the districts first"));
				}
			}
		}
		return problems;
	}

	/** The same, holding the districts' lock until the transaction ends, so no district is described meanwhile. */
	List<ImportProblem> lockAndCheck(String layer, List<StoredGrid> replacing, LayerSuccession succession) {
		districts.lockDistricts();
		return check(layer, replacing, succession);
	}

	/**
	 * The code of the grid that is the district's territory once its layer's grids are replaced: its own, or its
	 * successor when its code is gone; {@code null} when nothing succeeds it.
	 */
	private static String gridAfter(District district, LayerSuccession succession) {
		return succession == null ? district.grid() : succession.successorOf(district.grid()).orElse(null);
	}

	/** The district's territory once the layer's grids are replaced; {@code null} when its grid would be gone. */
	private Geometry territory(District district, String layer, Map<String, Geometry> replaced,
			LayerSuccession succession) {
		if (district.layer().equals(layer)) {
			String grid = gridAfter(district, succession);
			return grid == null ? null : replaced.get(grid);
		}
		return grids.find(district.layer(), district.grid()).map(StoredGrid::geometry).orElse(null);
	}
}
