package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * An open case moved to other grids: a boundary change replaced {@code layer}'s grids ({@code layerVersion} names
 * the new version; {@code by = system}), or a person corrected its point ({@code layerVersion} is null and
 * {@code reason} says why: the case was never where it was first placed). Its leaf grid in {@code layer} was
 * {@code fromGrid} and is now {@code toGrid} (null where the layer does not cover the point). {@code grids} are the
 * codes of its {@code primaryLayer} trail now, from the leaf up to {@code handlingGrid}, which handles it. Its state
 * and the department holding it did not change. {@code seq} is the step's place in the case's timeline; {@code lon}
 * and {@code lat} are its point now (WGS-84).
 */
public record CaseRelocated(Long caseId, String layer, Long layerVersion, String fromGrid, String toGrid,
		String primaryLayer, List<String> grids, String handlingGrid, String by, String reason, long seq,
		Instant relocatedAt, double lon, double lat) {

	/** Whether a person corrected the case's point, rather than a boundary change moving it. */
	public boolean corrected() {
		return layerVersion == null;
	}
}
