package org.onegrid.grid;

import java.util.List;

/**
 * The outcome of an import or of its dry run.
 * <p>
 * After an import the layer holds exactly {@code imported} grids at {@code version}. A dry run changes nothing:
 * {@code version} is the layer's current one, {@code imported} is how many grids the file would give (0 when it
 * would be refused), and {@code problems} lists, feature by feature, why it would be refused.
 *
 * @param dryRun whether this was only a dry run
 * @param accepted whether the file was (or would be) imported
 * @param problems what refuses the file; always empty for an import that happened
 * @param repairs the polygons that were (or would be) repaired
 * @param succession how the layer's grids passed (or would pass) to the file's, grid by grid; null when the file is
 * refused or checked for a layer not stored yet
 * @param moves what followed (or would follow) the changed grids: team members, units and rules moved to a grid's
 * successor or dropped, and open cases listed for a person to check
 */
public record ImportResult(String layer, long version, int imported, boolean dryRun, boolean accepted,
		List<ImportProblem> problems, List<ImportRepair> repairs, LayerSuccession succession,
		List<LayerMove> moves) {
}
