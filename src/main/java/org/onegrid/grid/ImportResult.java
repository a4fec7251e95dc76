package org.onegrid.grid;

/**
 * The outcome of an accepted import: the layer now holds exactly {@code imported} grids at {@code version}.
 */
public record ImportResult(String layer, long version, int imported) {
}
