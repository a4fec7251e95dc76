package org.onegrid.grid.internal;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.grid.GridLayer;
import org.onegrid.grid.ImportMapping;
import org.onegrid.grid.ImportProblem;
import org.onegrid.grid.ImportRepair;
import org.onegrid.grid.internal.FeatureReader.RawFeature;
import tools.jackson.databind.JsonNode;

/**
 * Validates a whole FeatureCollection for one layer: the file's shape, then each feature, then the tree.
 */
public final class GridImportValidation {

	/** The most features one file may hold. */
	public static final int MAX_FEATURES = 200_000;

	private final GridLayer layer;

	private final ImportMapping mapping;

	public GridImportValidation(GridLayer layer, ImportMapping mapping) {
		this.layer = layer;
		this.mapping = mapping;
	}

	/**
	 * The grids to store; every problem found is added to {@code problems}, which must be empty to store them, and
	 * every polygon repaired (in repair mode) to {@code repairs}.
	 */
	public List<StoredGrid> validate(JsonNode collection, List<ImportProblem> problems, List<ImportRepair> repairs) {
		if (collection == null || !collection.isObject()
				|| !"FeatureCollection".equals(collection.path("type").asString(""))
				|| !collection.path("features").isArray()) {
			problems.add(new ImportProblem(-1, null, "NOT_A_FEATURE_COLLECTION",
					"The body must be a GeoJSON FeatureCollection with a features array"));
			return List.of();
		}
		JsonNode features = collection.get("features");
		if (features.isEmpty()) {
			problems.add(new ImportProblem(-1, null, "EMPTY_COLLECTION", "The FeatureCollection has no features"));
			return List.of();
		}
		if (features.size() > MAX_FEATURES) {
			problems.add(new ImportProblem(-1, null, "TOO_MANY_FEATURES",
					"At most " + MAX_FEATURES + " features can be imported at once"));
			return List.of();
		}
		if (!(mapping.outsideTolerance() >= 0 && mapping.outsideTolerance() <= 1)) {
			problems.add(new ImportProblem(-1, null, "INVALID_TOLERANCE", "The tolerance must be between 0 and 1"));
			return List.of();
		}
		var reader = new FeatureReader(mapping);
		List<RawFeature> read = new ArrayList<>(features.size());
		java.util.Set<String> unusable = new java.util.HashSet<>();
		for (int i = 0; i < features.size(); i++) {
			RawFeature feature = reader.read(i, features.get(i), problems, repairs);
			if (feature != null) {
				read.add(feature);
			}
			else {
				unusable.add(reader.codeOf(features.get(i)));
			}
		}
		List<StoredGrid> grids = new TreeValidator(layer, mapping, unusable).validate(read, problems);
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::featureIndex));
		return grids;
	}
}
