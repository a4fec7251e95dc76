package org.onegrid.fieldwork;

import java.time.Instant;

/**
 * A recorded check-in attempt. Refused attempts are kept too: attendance counts them.
 *
 * @param lon WGS-84 longitude after conversion from {@code crs}
 * @param distanceMetres how far the point lay outside the grid, 0 inside it
 * @param reason why it was refused, {@code null} when accepted
 */
public record CheckIn(long id, long workerId, String layerCode, String gridCode, Instant at, double lon, double lat,
		String crs, double distanceMetres, boolean accepted, Refusal reason) {

	/** Why a check-in was refused. */
	public enum Refusal {

		/** The worker is not on that grid's team. */
		NOT_IN_TEAM,

		/** The point lies farther from the grid than the tolerance. */
		TOO_FAR
	}
}
