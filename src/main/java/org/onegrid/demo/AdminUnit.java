package org.onegrid.demo;

import org.locationtech.jts.geom.Coordinate;

/**
 * One row of the administrative-code table: the county, a town or street, or a village or community.
 *
 * @param code the 12-digit statistical code
 * @param parentCode the parent's 12-digit code
 * @param name the official name
 * @param level {@code county}, {@code town} or {@code village}
 * @param centre the published centre point converted to WGS-84, or {@code null} when the source row has none
 */
record AdminUnit(String code, String parentCode, String name, String level, Coordinate centre) {

	boolean hasCentre() {
		return centre != null;
	}
}
