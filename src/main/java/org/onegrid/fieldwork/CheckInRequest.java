package org.onegrid.fieldwork;

/**
 * A check-in as the phone sends it: the grid, and where the worker is in the given coordinate system. The time is
 * the server's.
 */
public record CheckInRequest(String layerCode, String gridCode, Double lon, Double lat, String crs) {
}
