package org.onegrid.grid;

/**
 * One polygon an import repaired instead of refusing.
 * <p>
 * The area that moved is {@code |areaBefore − areaAfter|} in square metres on the ground, the unit grids' areas are
 * stored in. {@code areaBefore} is the area the polygon encloses as written: each ring's enclosed area, holes
 * subtracted, so the two lobes of a bow-tie drawn in opposite directions cancel out. A symmetric difference is not
 * used because it cannot be computed reliably on the invalid polygon itself.
 *
 * @param featureIndex the feature's position in the file (from 0)
 * @param gridCode the feature's grid code when it has one
 * @param code what was wrong: {@code SELF_INTERSECTION}, {@code INVALID_GEOMETRY} or {@code RING_ORIENTATION}
 * @param detail the human explanation, Chinese first
 * @param areaBefore the ground area as written, m²
 * @param areaAfter the ground area of the repaired polygon, m²
 * @param areaMoved {@code |areaBefore − areaAfter|}, m²
 */
public record ImportRepair(int featureIndex, String gridCode, String code, String detail, double areaBefore,
		double areaAfter, double areaMoved) {
}
