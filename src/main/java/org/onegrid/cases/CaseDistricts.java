package org.onegrid.cases;

import java.util.List;

import org.onegrid.grid.District;
import org.onegrid.grid.Districts;
import org.springframework.stereotype.Component;

/**
 * Which district served holds a case: the one whose grid lies on the case's trail in that grid's layer. Districts
 * never overlap, so there is at most one.
 */
@Component
class CaseDistricts {

	private final Districts districts;

	CaseDistricts(Districts districts) {
		this.districts = districts;
	}

	/** The district holding a case on these trails, or {@code null} when none does. */
	District of(List<GridTrail> trails) {
		for (District district : districts.all()) {
			for (GridTrail trail : trails) {
				if (trail.layer().equals(district.layer()) && trail.indexOf(district.grid()) >= 0) {
					return district;
				}
			}
		}
		return null;
	}
}
