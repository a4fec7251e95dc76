package org.onegrid.spotcheck;

import java.time.Instant;

/**
 * One worker as a spot check found them: {@code IN_GRID} when their last known position was recent enough and lay in
 * one of the grids they serve, {@code OUT_OF_GRID} when it was recent but elsewhere, {@code NO_POSITION} when they
 * had sent none recent enough.
 *
 * @param positionAt when the position judged was taken; {@code null} when the worker never sent one
 * @param gridCode the served grid the position lay in, or for {@code OUT_OF_GRID} the grid it lay in instead, if any
 */
public record SpotCheckResult(long personId, String name, String unitCode, String result, Instant positionAt,
		Double lon, Double lat, String gridCode) {

	public static final String IN_GRID = "IN_GRID";

	public static final String OUT_OF_GRID = "OUT_OF_GRID";

	public static final String NO_POSITION = "NO_POSITION";
}
