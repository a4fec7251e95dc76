package org.onegrid.catalogue;

/**
 * A grid's area class; it applies to the grid's whole subtree unless a deeper grid has its own.
 */
public record AreaClassRule(String layerCode, String gridCode, AreaClass areaClass) {
}
