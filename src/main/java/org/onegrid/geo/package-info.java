/**
 * Spatial basics shared by every module: coordinate systems used in China (WGS-84, GCJ-02, BD-09), GeoJSON in and
 * out of JTS geometries, and areas on the ground in square metres.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geo")
package org.onegrid.geo;
