package org.onegrid.fieldwork;

import java.time.Instant;

/**
 * A worker's last known point, for the command centre's map (GPS轨迹分析).
 *
 * @param at when the point was taken; {@code null} with lon/lat when the worker has sent no point yet
 * @param gridCode the deepest grid of the asked layer covering the point, if any
 * @param assigned whether the worker serves a grid of the asked subtree
 * @param inside whether the point lies in the asked subtree
 */
public record WorkerPosition(long personId, String name, Instant at, Double lon, Double lat, Double accuracy,
		String gridCode, boolean assigned, boolean inside) {
}
