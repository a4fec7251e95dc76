package org.onegrid.open311;

import java.util.List;
import java.util.Optional;

import org.onegrid.grid.District;
import org.onegrid.grid.Districts;
import org.springframework.stereotype.Component;

/**
 * Which district an Open311 call is for, by its {@code jurisdiction_id}. When the installation serves districts
 * ({@link Districts}), the id names one of them by its code, and requests are taken and shown only within that
 * district's grid; a call naming none is for the only district, and refused with 400 when there are several, as the
 * spec asks of an endpoint serving several jurisdictions. An installation that names no districts serves one
 * territory: with {@code onegrid.open311.jurisdiction-id} set, a call naming another is refused with 404; without it,
 * every call is answered, whatever it names.
 */
@Component
class Jurisdictions {

	private final String configured;

	private final Districts districts;

	Jurisdictions(Open311Properties properties, Districts districts) {
		this.districts = districts;
		this.configured = properties.jurisdictionId() == null || properties.jurisdictionId().isBlank() ? null
				: properties.jurisdictionId().strip();
	}

	/**
	 * The district the call is for, or empty when the installation names no districts.
	 *
	 * @throws Open311Failure 404 when the call names a jurisdiction this server does not serve, 400 when it names
	 *         none and the server serves several
	 */
	Optional<District> of(String jurisdictionId) {
		String named = jurisdictionId == null || jurisdictionId.isBlank() ? null : jurisdictionId.strip();
		List<District> served = districts.all();
		if (served.isEmpty()) {
			if (configured != null && named != null && !configured.equals(named)) {
				throw Open311Failure.notFound("This server does not serve the jurisdiction '" + named
						+ "'; it serves '" + configured + "'");
			}
			return Optional.empty();
		}
		if (named == null) {
			if (served.size() > 1) {
				throw Open311Failure.badRequest("jurisdiction_id is required: this server serves "
						+ codes(served));
			}
			return Optional.of(served.get(0));
		}
		return Optional.of(served.stream().filter(d -> d.code().equals(named)).findFirst()
			.orElseThrow(() -> Open311Failure.notFound("This server does not serve the jurisdiction '" + named
					+ "'; it serves " + codes(served))));
	}

	/** As {@link #of}, for a call that only needs the jurisdiction to be one this server serves. */
	void check(String jurisdictionId) {
		of(jurisdictionId);
	}

	/** Whether the WGS-84 point lies in the district, or anywhere when there is none. */
	boolean contains(Optional<District> district, double lon, double lat) {
		return district.map(d -> districts.contains(d, lon, lat)).orElse(true);
	}

	private static String codes(List<District> served) {
		return String.join(", ", served.stream().map(District::code).toList());
	}
}
