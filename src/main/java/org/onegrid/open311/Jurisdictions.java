package org.onegrid.open311;

import org.springframework.stereotype.Component;

/**
 * Which {@code jurisdiction_id} this installation answers for. With one configured, a call naming another is
 * refused with 404; without one, every call is answered, whatever it names.
 */
@Component
class Jurisdictions {

	private final String configured;

	Jurisdictions(Open311Properties properties) {
		this.configured = properties.jurisdictionId() == null || properties.jurisdictionId().isBlank() ? null
				: properties.jurisdictionId().strip();
	}

	/** @throws Open311Failure 404 when the call names a jurisdiction other than the configured one */
	void check(String jurisdictionId) {
		if (configured != null && jurisdictionId != null && !jurisdictionId.isEmpty()
				&& !configured.equals(jurisdictionId)) {
			throw Open311Failure.notFound("This server does not serve the jurisdiction '" + jurisdictionId
					+ "'; it serves '" + configured + "'");
		}
	}
}
