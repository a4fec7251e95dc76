package org.onegrid.grid;

import java.util.List;
import java.util.Map;

import org.onegrid.grid.LayerMove.Outcome;
import org.springframework.stereotype.Component;

/**
 * A district follows its grid when a boundary change takes the grid's code away: it becomes the territory of the
 * grid's successor, so that its cases, time limits, categories and channels carry on there without the district being
 * described again. New boundaries that leave a district with no successor are refused before anything follows (see
 * {@link DistrictsApart}), so a district is never left naming a grid that is gone.
 */
@Component
class DistrictsFollowGrids implements GridFollower {

	private final Districts districts;

	DistrictsFollowGrids(Districts districts) {
		this.districts = districts;
	}

	@Override
	public List<LayerMove> follow(LayerChange change) {
		Map<String, String> successors = change.successors();
		return districts.all().stream()
			.filter(district -> district.layer().equals(change.layer()) && successors.containsKey(district.grid()))
			.map(district -> {
				String to = successors.get(district.grid());
				if (change.apply() && to != null) {
					districts.rebind(district.code(), to);
				}
				return new LayerMove("district", district.code(), district.name(), district.grid(), to,
						to == null ? Outcome.DROPPED : Outcome.MOVED);
			})
			.toList();
	}
}
