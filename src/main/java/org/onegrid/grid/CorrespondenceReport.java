package org.onegrid.grid;

import java.util.List;

/**
 * How the grids of one layer (at one level) fall into the grids of another: for each grid, its counterparts with
 * the share of its area in each. A grid with more than one counterpart above {@code minShare} is {@code split}, for
 * example a micro-grid straddling two police beats; such grids are what 多格合一 must redraw.
 */
public record CorrespondenceReport(String layer, String levelName, String other, String otherLevelName,
		double minShare, int splitCount, int alignedCount, List<Entry> grids) {

	/** One grid of {@code layer} and where it lies in {@code other}. */
	public record Entry(String code, String name, double areaM2, boolean split, double uncoveredShare,
			List<Counterpart> counterparts) {
	}

	/** A grid of the other layer and the share of the first grid's area that lies in it. */
	public record Counterpart(String code, String name, double share, double areaM2) {
	}
}
