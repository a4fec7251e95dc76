package org.onegrid.grid;

import java.time.Instant;

/**
 * One version of a layer's grids, as an import made it.
 *
 * @param replacedVersion the version it replaced, 0 for the layer's first grids
 * @param current whether the layer's grids are this version now; earlier versions are kept for reading and export
 */
public record LayerVersion(String layer, long version, long replacedVersion, Instant importedAt, int gridCount,
		boolean current) {
}
