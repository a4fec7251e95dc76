package org.onegrid.hotline;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.geo.Crs;

/** Checks a ticket field by field, naming every bad one at once. */
final class TicketCheck {

	private TicketCheck() {
	}

	/** The ticket's reported time; every problem is thrown as one 400. */
	static Instant check(TicketRequest ticket, HotlineSource source) {
		List<Violation> violations = new ArrayList<>();
		Fields.text(ticket.ticketNo(), "ticketNo", 64, violations);
		Fields.text(ticket.category(), "category", Fields.MAX_NAME, violations);
		Fields.text(ticket.content(), "content", 4000, violations);
		optional(ticket.contact(), "contact", 64, violations);
		optional(ticket.address(), "address", 200, violations);
		if (ticket.caller() != null) {
			optional(ticket.caller().name(), "caller.name", Fields.MAX_NAME, violations);
			String phone = ticket.caller().phone();
			if (phone != null && !phone.matches("\\+?[0-9][0-9 -]{2,19}")) {
				violations.add(new Violation("caller.phone", "PATTERN", "caller.phone is 3 to 20 digits"));
			}
		}
		if ((ticket.lon() == null) != (ticket.lat() == null)) {
			violations.add(new Violation(ticket.lon() == null ? "lon" : "lat", "REQUIRED",
					"lon and lat come together or not at all"));
		}
		if (ticket.lon() != null && (ticket.lon() < -180 || ticket.lon() > 180)) {
			violations.add(new Violation("lon", "RANGE", "lon is -180 to 180"));
		}
		if (ticket.lat() != null && (ticket.lat() < -90 || ticket.lat() > 90)) {
			violations.add(new Violation("lat", "RANGE", "lat is -90 to 90"));
		}
		if (ticket.crs() != null && Crs.parse(ticket.crs()).isEmpty()) {
			violations.add(new Violation("crs", "UNKNOWN", "crs is one of wgs84, gcj02, bd09, cgcs2000"));
		}
		if (ticket.lon() == null && (ticket.address() == null || ticket.address().isBlank())) {
			violations.add(new Violation("address", "REQUIRED", "a ticket has an address, a point, or both"));
		}
		if ("POLICE_110".equals(source.channel())) {
			Fields.text(ticket.incidentNo(), "incidentNo", 64, violations);
		}
		else {
			optional(ticket.incidentNo(), "incidentNo", 64, violations);
		}
		Instant reportedAt = null;
		if (ticket.reportedAt() == null || ticket.reportedAt().isBlank()) {
			violations.add(new Violation("reportedAt", "REQUIRED", "reportedAt is required"));
		}
		else {
			try {
				reportedAt = Instant.parse(ticket.reportedAt().strip());
			}
			catch (DateTimeParseException e) {
				violations.add(new Violation("reportedAt", "FORMAT", "reportedAt is an ISO-8601 instant such as "
						+ "2026-12-01T09:30:00Z"));
			}
		}
		Fields.failIfAny(violations);
		return reportedAt;
	}

	private static void optional(String value, String field, int max, List<Violation> violations) {
		if (value != null && value.strip().length() > max) {
			violations.add(new Violation(field, "SIZE", field + " must be at most " + max + " characters"));
		}
	}
}
