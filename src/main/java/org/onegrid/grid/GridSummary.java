package org.onegrid.grid;

/**
 * A grid without its geometry, as listed and shown in trees.
 */
public record GridSummary(String layer, String code, String name, int level, String levelName, String parentCode,
		double areaM2, boolean generated) {
}
