/**
 * Grids: the spatial backbone of grid governance. A district keeps several grid layers (城运, 综治, 警务, 全员),
 * each a tree with its own level names. This module imports and exports them as GeoJSON, analyses their coverage
 * (gaps, overlaps, spills, and the correspondence between layers that 多格合一 needs) and locates a point in every
 * layer from an in-memory index.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grids")
package org.onegrid.grid;
