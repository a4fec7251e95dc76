package org.onegrid.grid;

/**
 * What an administrator sends to describe a district: its name and the grid whose territory it is.
 *
 * @param name the district's name, 1 to 100 characters
 * @param layer the layer of the grid
 * @param grid the grid's code in that layer; it must exist
 */
public record DistrictRequest(String name, String layer, String grid) {
}
