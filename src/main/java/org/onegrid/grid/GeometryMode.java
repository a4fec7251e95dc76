package org.onegrid.grid;

import java.util.Locale;
import java.util.Optional;

/**
 * What an import does with a polygon that is not valid (self-intersecting, a bow-tie, a keyhole, a hole outside its
 * shell).
 */
public enum GeometryMode {

	/** The feature is refused, and with it the file: the survey must be fixed at its source. */
	STRICT,

	/**
	 * The polygon is repaired with JTS's {@code GeometryFixer}, rings are turned to the GeoJSON orientation (outer
	 * ring counter-clockwise, holes clockwise), and each repair is reported with the ground area that moved.
	 */
	REPAIR;

	/** Parses {@code strict} or {@code repair}, in any case. */
	public static Optional<GeometryMode> parse(String name) {
		return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
			case "strict" -> Optional.of(STRICT);
			case "repair" -> Optional.of(REPAIR);
			default -> Optional.empty();
		};
	}
}
