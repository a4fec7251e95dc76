package org.onegrid.portal;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.DistrictOffers;
import org.onegrid.catalogue.Kind;
import org.onegrid.grid.Districts;
import org.springframework.stereotype.Component;

/**
 * The districts the portal serves, as citizens see them: their codes and names, so the page can ask which one a
 * report is for and list that district's services, and the rule that a report's category is one of the services
 * offered by the district its place lies in.
 */
@Component
class PortalDistricts {

	private final Districts districts;

	private final DistrictOffers offers;

	PortalDistricts(Districts districts, DistrictOffers offers) {
		this.districts = districts;
		this.offers = offers;
	}

	/** A district by its code and name only. */
	record Served(String code, String name) {
	}

	List<Served> all() {
		return districts.all().stream().map(d -> new Served(d.code(), d.name())).toList();
	}

	/** Adds a refusal of the category when the district holding the point does not offer it. */
	void checkOffered(PortalReport form, List<Violation> violations) {
		Kind kind = Fields.oneOf(Kind.class, form.kind(), "kind", false, new ArrayList<>());
		if (kind == null || form.minorCode() == null || form.lon() == null || form.lat() == null) {
			return;
		}
		districts.at(form.lon(), form.lat())
			.filter(district -> !offers.offers(district.code(), kind, form.minorCode().strip()))
			.ifPresent(district -> violations.add(new Violation("minorCode", "NOT_OFFERED", "区县“" + district.name()
					+ "”不提供这项服务 / " + district.code() + " does not offer this service")));
	}
}
