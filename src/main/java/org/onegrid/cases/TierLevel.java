package org.onegrid.cases;

import java.util.List;

/**
 * The grid levels that handle a case of one tier: of a case's primary trail, leaf first, the first grid at one of
 * these levels handles it.
 *
 * @param levels level names of the primary layer
 * @param district whether the district set them; otherwise they are the installation's
 * ({@code onegrid.cases.tier-levels})
 */
public record TierLevel(Tier tier, String nameZh, String nameEn, List<String> levels, boolean district) {

	/** The levels to set, by name or by number from 0, as every call that takes a level names it. */
	public record Request(List<String> levels) {
	}
}
