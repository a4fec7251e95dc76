package org.onegrid.grid;

import java.util.List;
import java.util.Map;

/**
 * The coverage of one layer: where children leave their parent uncovered (盲区), where siblings overlap and where
 * children spill outside their parent. Pieces smaller than {@code minAreaM2}, or on average narrower than
 * {@code minWidthM} (slivers left by digitising), are left out.
 */
public record CoverageReport(String layer, double minAreaM2, double minWidthM, boolean generated, List<Gap> gaps,
		List<Overlap> overlaps, List<Spill> spills) {

	/** The part of {@code parent} that none of its children covers. */
	public record Gap(String parent, String parentName, double areaM2, double share, Map<String, Object> geometry) {
	}

	/** The area two siblings both claim. */
	public record Overlap(String parent, List<String> grids, double areaM2, Map<String, Object> geometry) {
	}

	/** The part of {@code grid} that lies outside its {@code parent}. */
	public record Spill(String grid, String parent, double areaM2, double share, Map<String, Object> geometry) {
	}
}
