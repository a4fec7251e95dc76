package org.onegrid.cases;

import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.catalogue.DistrictOffers;
import org.onegrid.catalogue.Kind;
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

	private final DistrictOffers offers;

	private final DistrictChannels channels;

	CaseDistricts(Districts districts, DistrictOffers offers, DistrictChannels channels) {
		this.districts = districts;
		this.offers = offers;
		this.channels = channels;
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

	/**
	 * Refuses a report, on its {@code minorCode}, in a category the district holding its place does not offer: a
	 * district's own catalogue holds for every channel, the hotline's and the staff's as the citizens'. A place in no
	 * district takes every category.
	 */
	void requireOffered(Kind kind, String minorCode, List<GridTrail> trails) {
		District district = of(trails);
		if (district != null) {
			requireOffered(district, kind, minorCode);
		}
	}

	/**
	 * Refuses a report that the district holding its place does not take: on a channel it does not take cases on
	 * ({@code channel}), or in a category it does not offer ({@code minorCode}).
	 */
	void requireTaken(Report report, List<GridTrail> trails) {
		District district = of(trails);
		if (district == null) {
			return;
		}
		String channel = DistrictChannels.codeOf(report);
		if (!channels.takes(district.code(), channel)) {
			throw ApiProblem.invalidField("channel", "NOT_TAKEN", "区县“" + district.name() + "”不经此渠道受理案件 / "
					+ "district " + district.code() + " takes no cases on channel " + channel);
		}
		requireOffered(district, report.kind(), report.minorCode());
	}

	private void requireOffered(District district, Kind kind, String minorCode) {
		if (!offers.offers(district.code(), kind, minorCode)) {
			throw ApiProblem.invalidField("minorCode", "NOT_OFFERED", "区县“" + district.name() + "”不受理这一类别 / "
					+ "district " + district.code() + " does not take " + kind + " " + minorCode
					+ "; choose one of the categories it offers");
		}
	}
}
