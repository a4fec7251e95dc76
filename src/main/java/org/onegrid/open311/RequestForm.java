package org.onegrid.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onegrid.cases.NewCase;
import org.onegrid.catalogue.MinorClass;
import org.springframework.util.MultiValueMap;

/**
 * A service request as an Open311 client posts it, read into a report on the citizen channel.
 * <p>
 * The place must be given as {@code lat} and {@code long} (WGS-84): OneGrid has no geocoder, so an
 * {@code address_string} or {@code address_id} alone is refused; an {@code address_string} given with coordinates
 * is kept as the case's address. {@code first_name} and {@code last_name} become the reporter's name and
 * {@code phone} their phone; OneGrid keeps no e-mail address for a reporter, so {@code email} is not stored.
 * {@code media_url} becomes the case's one attachment. The services ask for no attributes, so
 * {@code attribute[…]} fields are ignored. The channel details say the report came through Open311.
 */
final class RequestForm {

	/** The spec's limit on a description. */
	static final int MAX_DESCRIPTION = 4000;

	private RequestForm() {
	}

	static NewCase read(MultiValueMap<String, String> form, MinorClass service, String requestId) {
		Double lat = coordinate(form, "lat", 90);
		Double lon = coordinate(form, "long", 180);
		if (lat == null || lon == null) {
			boolean addressOnly = value(form, "address_string") != null || value(form, "address_id") != null;
			throw Open311Failure.badRequest(addressOnly
					? "lat and long are required: this server cannot look up an address_string or address_id"
					: "lat and long are required");
		}
		String description = value(form, "description");
		if (description != null && description.length() > MAX_DESCRIPTION) {
			throw Open311Failure.badRequest("description must be at most " + MAX_DESCRIPTION + " characters; it has "
					+ description.length());
		}
		String media = value(form, "media_url");
		String name = String.join(" ", nonNull(value(form, "first_name"), value(form, "last_name")));
		String phone = value(form, "phone");
		NewCase.Reporter reporter = name.isEmpty() && phone == null ? null
				: new NewCase.Reporter(name.isEmpty() ? null : name, phone);
		return new NewCase(requestId, "CITIZEN", Map.of("via", "open311"), reporter, null, service.kind().name(),
				service.code(), null, null, null, description, value(form, "address_string"), lon, lat, "wgs84",
				media == null ? List.of() : List.of(media), null);
	}

	/** The field's first value, stripped, or {@code null} when absent or blank. */
	static String value(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Double coordinate(MultiValueMap<String, String> form, String field, int limit) {
		String value = value(form, field);
		if (value == null) {
			return null;
		}
		try {
			double number = Double.parseDouble(value);
			if (Double.isFinite(number) && Math.abs(number) <= limit) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// refused below, with the field named
		}
		throw Open311Failure.badRequest(field + " must be a number from -" + limit + " to " + limit + "; it is '"
				+ value + "'");
	}

	private static List<String> nonNull(String... values) {
		List<String> kept = new ArrayList<>();
		for (String value : values) {
			if (value != null) {
				kept.add(value);
			}
		}
		return kept;
	}
}
