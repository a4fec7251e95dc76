package org.onegrid.grid;

/**
 * Published after a layer's grids were replaced or the layer was removed ({@code version} 0).
 */
public record GridLayerChanged(String layer, long version) {
}
