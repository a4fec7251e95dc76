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
 * Keeps the districts apart when a layer's boundaries change: new grids under which a district's territory would
 * share area with another district's, in the same layer or another, are refused as the district itself would be,
 * so that every place still lies in at most one district. Districts that only meet along an edge stay served.
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
	 * The problems that would refuse replacing the layer's grids with {@code replacing}: one per pair of districts
	 * that would overlap. Inside a transaction that is to write the grids, call {@link #lockAndCheck} instead.
	 */
	List<ImportProblem> check(String layer, List<StoredGrid> replacing) {
		List<District> served = districts.all();
		List<ImportProblem> problems = new ArrayList<>();
		if (served.stream().noneMatch(district -> district.layer().equals(layer))) {
			return problems;
		}
		Map<String, Geometry> replaced = new HashMap<>();
		replacing.forEach(grid -> replaced.put(grid.code(), grid.geometry()));
		for (int i = 0; i < served.size(); i++) {
			District one = served.get(i);
			Geometry ours = territory(one, layer, replaced);
			if (ours == null) {
				continue;
			}
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(ours);
			for (District other : served.subList(i + 1, served.size())) {
				if ((one.layer().equals(layer) || other.layer().equals(layer))
						&& Districts.shareArea(prepared, territory(other, layer, replaced))) {
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
	List<ImportProblem> lockAndCheck(String layer, List<StoredGrid> replacing) {
		districts.lockDistricts();
		return check(layer, replacing);
	}

	/** The district's territory once the layer's grids are replaced; {@code null} when its grid would be gone. */
	private Geometry territory(District district, String layer, Map<String, Geometry> replaced) {
		if (district.layer().equals(layer)) {
			return replaced.get(district.grid());
		}
		return grids.find(district.layer(), district.grid()).map(StoredGrid::geometry).orElse(null);
	}
}
