package org.onegrid.demo;

import org.locationtech.jts.geom.Geometry;

/**
 * One grid of a demo layer before it is written as a GeoJSON feature.
 *
 * @param parent the parent grid's code, {@code null} for the root
 * @param level the level name, one of the layer's level names
 * @param geometry a valid, non-empty Polygon or MultiPolygon in WGS-84 lon/lat
 * @param generated {@code false} only for real surveyed geometry (the district outline)
 */
record DemoGrid(String code, String name, String parent, String level, Geometry geometry, boolean generated) {
}
