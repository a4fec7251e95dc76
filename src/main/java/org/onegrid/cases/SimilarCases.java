package org.onegrid.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.Kind;
import org.onegrid.geo.Crs;
import org.springframework.stereotype.Service;

/**
 * The open cases a report about to be made may repeat (重复件): of the same kind and minor class, within the
 * district's duplicate radius of the point and reported within its duplicate window. It is the rule intake uses to
 * flag duplicate candidates, asked before the report is sent, so that an operator on the phone can tell the caller
 * the problem is already known and {@linkplain Intake#reportInto link the report to that case}. Only cases in the
 * caller's scope are listed.
 */
@Service
public class SimilarCases {

	private final Cases cases;

	private final CaseSearch search;

	private final CasesProperties properties;

	private final Clock clock;

	SimilarCases(Cases cases, CaseSearch search, CasesProperties properties, Clock clock) {
		this.cases = cases;
		this.search = search;
		this.properties = properties;
		this.clock = clock;
	}

	/** Newest first, at most 20; every bad parameter is refused at once, field by field. */
	public List<CaseSummary> near(String kind, String minorCode, Double lon, Double lat, String crs, Grant grant) {
		grant.require("case:read");
		List<Violation> violations = new ArrayList<>();
		Kind parsedKind = Fields.oneOf(Kind.class, kind, "kind", true, violations);
		String minor = Fields.blankToNull(minorCode);
		if (minor == null || !minor.matches("[0-9]{4}")) {
			violations.add(new Violation("minorCode", "PATTERN", "minorCode is a minor class's 4 digits, such as 0101"));
		}
		ReportCheck.coordinate(lon, "lon", 180, violations);
		ReportCheck.coordinate(lat, "lat", 90, violations);
		Crs parsedCrs = crs == null ? Crs.WGS84 : Crs.parse(crs).orElse(null);
		if (parsedCrs == null) {
			violations.add(new Violation("crs", "UNKNOWN", "crs is one of wgs84, gcj02, bd09, cgcs2000"));
		}
		Fields.failIfAny(violations);
		double[] point = parsedCrs.toWgs84(lon, lat);
		return cases.openNear(parsedKind, minor, point[0], point[1], properties.duplicateRadius(),
				clock.instant().minus(properties.duplicateWindow()))
			.stream()
			.flatMap(id -> cases.find(id).stream())
			.filter(c -> c.visibleTo(grant))
			.map(search::summary)
			.toList();
	}
}
