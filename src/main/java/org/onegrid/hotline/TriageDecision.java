package org.onegrid.hotline;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.Kind;
import org.onegrid.geo.Crs;

/**
 * A person's choice for a ticket in triage: the class it belongs to and, when the ticket has no point or the wrong
 * one, where it is.
 *
 * @param kind {@code COMPONENT} or {@code EVENT}
 * @param minorCode the minor class's four digits
 * @param lon longitude in {@code crs}; given together with {@code lat}, or neither to keep the ticket's point
 * @param remember when true, the source's tickets with the same category words map to this class from now on
 */
public record TriageDecision(String kind, String minorCode, Double lon, Double lat, String crs, Boolean remember) {

	/** The chosen class; every bad field is thrown as one 400 (the catalogue check is left to intake). */
	CategoryMapping check(TicketRequest ticket) {
		List<Violation> violations = new ArrayList<>();
		Kind chosen = Fields.oneOf(Kind.class, kind, "kind", true, violations);
		Fields.text(minorCode, "minorCode", 4, violations);
		if ((lon == null) != (lat == null)) {
			violations.add(new Violation(lon == null ? "lon" : "lat", "REQUIRED",
					"lon and lat come together or not at all"));
		}
		if (crs != null && Crs.parse(crs).isEmpty()) {
			violations.add(new Violation("crs", "UNKNOWN", "crs is one of wgs84, gcj02, bd09, cgcs2000"));
		}
		if (lon == null && ticket.lon() == null) {
			violations.add(new Violation("lon", "REQUIRED", "the ticket has no point; give lon and lat"));
		}
		Fields.failIfAny(violations);
		return new CategoryMapping(ticket.category(), chosen.name(), minorCode.strip());
	}
}
