package org.onegrid.grid.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * A grid with its geometry, as validated for import or loaded from the database.
 */
public record StoredGrid(String code, String name, int level, String parentCode, Geometry geometry, double areaM2,
		boolean generated) {
}
