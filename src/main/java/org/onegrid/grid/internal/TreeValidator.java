package org.onegrid.grid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.geo.GroundArea;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.ImportMapping;
import org.onegrid.grid.ImportProblem;
import org.onegrid.grid.internal.FeatureReader.RawFeature;

/**
 * The checks across features: unique codes, known parents, levels below the parent's, the layer's code rule, no
 * cycles, and children inside their parent within the mapping's tolerance.
 */
final class TreeValidator {

	private final GridLayer layer;

	private final ImportMapping mapping;

	private final Set<String> unusable;

	/** {@code unusable} are the codes of features already refused on their own: their children are not blamed. */
	TreeValidator(GridLayer layer, ImportMapping mapping, Set<String> unusable) {
		this.layer = layer;
		this.mapping = mapping;
		this.unusable = unusable;
	}

	/** The grids to store, in file order; problems found are added to {@code problems}. */
	List<StoredGrid> validate(List<RawFeature> features, List<ImportProblem> problems) {
		Map<String, RawFeature> byCode = new HashMap<>();
		for (RawFeature feature : features) {
			RawFeature first = byCode.putIfAbsent(feature.code(), feature);
			if (first != null) {
				problems.add(new ImportProblem(feature.index(), feature.code(), "DUPLICATE_CODE",
						"Code " + feature.code() + " is already used by feature " + first.index()));
			}
		}
		Map<String, Integer> levels = new HashMap<>();
		List<StoredGrid> grids = new ArrayList<>();
		for (RawFeature feature : features) {
			if (byCode.get(feature.code()) != feature) {
				continue;
			}
			Integer level = level(feature, byCode, levels, problems, 0);
			if (level == null) {
				continue;
			}
			if (!layer.codeRule().accepts(feature.code(), feature.parentCode(), layer.sequenceDigits())) {
				problems.add(new ImportProblem(feature.index(), feature.code(), "INVALID_CODE", codeRuleText()));
				continue;
			}
			RawFeature parent = feature.parentCode() == null ? null : byCode.get(feature.parentCode());
			double area = GroundArea.squareMetres(feature.geometry());
			if (parent != null && !insideParent(feature, parent, area, problems)) {
				continue;
			}
			grids.add(new StoredGrid(feature.code(), feature.name(), level, feature.parentCode(), feature.geometry(),
					area, feature.generated() || layer.generated()));
		}
		return grids;
	}

	private Integer level(RawFeature feature, Map<String, RawFeature> byCode, Map<String, Integer> levels,
			List<ImportProblem> problems, int depth) {
		if (levels.containsKey(feature.code())) {
			return levels.get(feature.code());
		}
		if (depth > layer.levelNames().size() + 1) {
			problems.add(new ImportProblem(feature.index(), feature.code(), "PARENT_CYCLE",
					"Following the parents of " + feature.code() + " leads back to itself"));
			levels.put(feature.code(), null);
			return null;
		}
		Integer parentLevel = -1;
		if (feature.parentCode() != null) {
			RawFeature parent = byCode.get(feature.parentCode());
			if (parent == null && unusable.contains(feature.parentCode())) {
				levels.put(feature.code(), null);
				return null;
			}
			if (parent == null || parent.code().equals(feature.code())) {
				problems.add(new ImportProblem(feature.index(), feature.code(), "UNKNOWN_PARENT",
						"Parent " + feature.parentCode() + " is not in the file"));
				levels.put(feature.code(), null);
				return null;
			}
			parentLevel = level(parent, byCode, levels, problems, depth + 1);
			if (parentLevel == null) {
				return null;
			}
		}
		Integer level = LevelParser.parse(feature.level(), layer.levelNames(), parentLevel + 1);
		String problem = level == null ? "UNKNOWN_LEVEL" : level <= parentLevel ? "LEVEL_NOT_BELOW_PARENT" : null;
		if (problem != null) {
			problems.add(new ImportProblem(feature.index(), feature.code(), problem, "Level " + feature.level()
					+ " must be one of " + layer.levelNames() + " and below the parent's level"));
			level = null;
		}
		levels.put(feature.code(), level);
		return level;
	}

	private boolean insideParent(RawFeature child, RawFeature parent, double area, List<ImportProblem> problems) {
		if (parent.geometry().covers(child.geometry())) {
			return true;
		}
		double outside = GroundArea.squareMetres(child.geometry().difference(parent.geometry()));
		if (outside <= mapping.outsideTolerance() * area) {
			return true;
		}
		problems.add(new ImportProblem(child.index(), child.code(), "OUTSIDE_PARENT",
				String.format("%.0f m² (%.1f%%) of the grid lies outside its parent %s; the tolerance is %.1f%%",
						outside, 100 * outside / area, parent.code(), 100 * mapping.outsideTolerance())));
		return false;
	}

	private String codeRuleText() {
		return layer.codeRule() == org.onegrid.grid.CodeRule.FREE
				? "Codes are letters, digits, '-' or '_', at most 64 characters"
				: "A code is a 12-digit administrative code or its parent's code followed by "
						+ layer.sequenceDigits() + " digits";
	}
}
