package org.onegrid.profile;

/**
 * One reason a district profile is refused, at its place in the bundle.
 *
 * @param file the bundle's file, such as {@code catalogue.yaml}
 * @param line the line in that file, from 1; 0 when the problem concerns the file as a whole
 * @param code a stable reason such as {@code UNKNOWN_DEPARTMENT}, {@code OVER_MAXIMUM} or {@code NOT_SUPPORTED}
 * @param reason what is wrong, for the person who wrote the file
 */
public record ProfileError(String file, int line, String code, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + code + ": " + reason;
	}
}
