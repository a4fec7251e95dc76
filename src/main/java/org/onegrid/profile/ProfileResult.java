package org.onegrid.profile;

import java.util.List;

/**
 * What loading a district profile did, or would do in a dry run: every creation and change with its place, how
 * many entries were already as the bundle says, and every error and warning with its place. A profile with any
 * error is refused whole: {@code loaded} is false and nothing was written.
 *
 * @param dryRun whether this was only a dry run, which writes nothing either way
 * @param loaded whether the profile was (or, in a dry run, would be) loaded
 * @param unchanged how many entries of the bundle were already stored as it says
 */
public record ProfileResult(String id, String name, String version, boolean dryRun, boolean loaded,
		List<ProfileChange> changes, int unchanged, List<ProfileError> errors, List<ProfileError> warnings) {
}
