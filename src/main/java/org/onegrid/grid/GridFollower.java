package org.onegrid.grid;

import java.util.List;

/**
 * A module that names grids of a layer (teams, units, rules) and follows their territory when an import replaces the
 * layer's grids. It is asked in the import's own transaction, so what it moves commits with the new grids or not at
 * all; in a dry run it only tells what it would move.
 */
public interface GridFollower {

	/** Moves (or, when {@code change.apply()} is false, only lists) what names a changed grid of the layer. */
	List<LayerMove> follow(LayerChange change);
}
