package org.onegrid.grid;

import java.util.List;
import java.util.Optional;

/**
 * How the grids of a layer's replaced version pass to the version that replaces it, grid by grid, so that whatever
 * names a grid (a team, a rule, a unit) can follow its territory: a grid whose code is kept is its own successor; a
 * grid whose code is gone is succeeded by the new grid of the same level that holds the largest share of its area,
 * and is removed when no new grid covers any of it.
 *
 * @param replacedVersion the version the import replaced (0 when the layer had no grids)
 * @param version the version the import made (the current one for a dry run)
 * @param grids every grid of the replaced version, with its fate
 * @param added the codes of the new version that the replaced version did not have
 */
public record LayerSuccession(String layer, long replacedVersion, long version, List<GridFate> grids,
		List<String> added) {

	/** What became of one grid. */
	public enum Outcome {

		/** Same code, boundary, name, level and parent. */
		UNCHANGED,

		/** Same code, but its boundary, name, level or parent changed. */
		CHANGED,

		/** Its code is gone; {@code successor} holds the largest share of its territory. */
		SUCCEEDED,

		/** Its code is gone and no new grid of its level covers any of its territory. */
		REMOVED
	}

	/**
	 * One grid of the replaced version and where its territory went: {@code counterparts} are the new grids of its
	 * level that cover at least 1% of it (listed when its code is gone), largest share first.
	 */
	public record GridFate(String code, String name, String levelName, Outcome outcome, String successor,
			List<CorrespondenceReport.Counterpart> counterparts) {
	}

	/**
	 * The grid that takes over {@code code}: itself when its code was kept or it was never in the replaced version,
	 * its successor when its code is gone, empty when it was removed.
	 */
	public Optional<String> successorOf(String code) {
		return grids.stream()
			.filter(fate -> fate.code().equals(code))
			.findFirst()
			.map(fate -> Optional.ofNullable(fate.successor()))
			.orElse(Optional.of(code));
	}

	/** The grids of the replaced version whose code is gone, succeeded or removed. */
	public List<GridFate> vanished() {
		return grids.stream()
			.filter(fate -> fate.outcome() == Outcome.SUCCEEDED || fate.outcome() == Outcome.REMOVED)
			.toList();
	}

	/** The grids whose territory may have changed hands: changed, succeeded or removed. */
	public List<GridFate> moved() {
		return grids.stream().filter(fate -> fate.outcome() != Outcome.UNCHANGED).toList();
	}

	LayerSuccession at(long madeVersion) {
		return new LayerSuccession(layer, replacedVersion, madeVersion, grids, added);
	}
}
