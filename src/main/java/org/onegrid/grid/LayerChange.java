package org.onegrid.grid;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A replacement of a layer's grids as its {@link GridFollower}s see it: the succession, whether to apply it or only
 * tell what it would do, and which new grid holds a point.
 */
public final class LayerChange {

	private final LayerSuccession succession;

	private final boolean apply;

	private final BiFunction<Double, Double, Optional<Location.LayerPath>> pathAt;

	LayerChange(LayerSuccession succession, boolean apply,
			BiFunction<Double, Double, Optional<Location.LayerPath>> pathAt) {
		this.succession = succession;
		this.apply = apply;
		this.pathAt = pathAt;
	}

	public LayerSuccession succession() {
		return succession;
	}

	public String layer() {
		return succession.layer();
	}

	/** True for an import, false for a dry run, which must change nothing. */
	public boolean apply() {
		return apply;
	}

	/** The codes of the grids that vanished, each with the code of its successor (null when it was removed). */
	public Map<String, String> successors() {
		Map<String, String> successors = new HashMap<>();
		succession.vanished().forEach(fate -> successors.put(fate.code(), fate.successor()));
		return successors;
	}

	/** The code of the deepest grid of the new version that holds the point, if any. */
	public Optional<String> leafAt(double lon, double lat) {
		return pathAt(lon, lat).map(path -> path.leaf().code());
	}

	/** The grids of the new version that hold the point, from the deepest up to the layer's root, if any. */
	public Optional<Location.LayerPath> pathAt(double lon, double lat) {
		return pathAt.apply(lon, lat);
	}
}
