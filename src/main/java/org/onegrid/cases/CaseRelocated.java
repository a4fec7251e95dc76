package org.onegrid.cases;

import java.time.Instant;

/**
 * An open case followed its territory into other grids of {@code layer} when a boundary change replaced the
 * layer's grids: its leaf grid there was {@code fromGrid} and is now {@code toGrid}, and it is handled at
 * {@code handlingGrid}. Its state and the department holding it did not change. {@code seq} is the step's place in
 * the case's timeline.
 */
public record CaseRelocated(Long caseId, String layer, long layerVersion, String fromGrid, String toGrid,
		String handlingGrid, long seq, Instant relocatedAt) {
}
