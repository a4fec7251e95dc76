package org.onegrid.profile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.catalogue.Catalogue;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.GridLayers;
import org.onegrid.people.DepartmentDirectory;
import org.onegrid.people.Organisation;
import org.onegrid.people.Roles;
import tools.jackson.databind.JsonNode;

/**
 * What a profile may refer to: what the bundle itself defines, together with what the installation already holds.
 */
final class Known {

	final Map<String, List<String>> layerLevels = new HashMap<>();

	final Map<String, Set<String>> grids = new HashMap<>();

	/** Each grid's level name and whether it has children, by layer and grid code. */
	final Map<String, Map<String, GridLevel>> gridLevels = new HashMap<>();

	final Set<String> units = new HashSet<>();

	final Set<String> departments = new HashSet<>();

	final Set<String> platforms = new HashSet<>();

	final Set<String> roles = new HashSet<>();

	final Set<String> majorClasses = new HashSet<>();

	final Set<String> minorClasses = new HashSet<>();

	Known(DistrictProfile profile, GridLayers layers, Organisation organisation, DepartmentDirectory directory,
			Roles roleList, Catalogue catalogue) {
		for (GridLayer layer : layers.list()) {
			layerLevels.put(layer.code(), layer.levelNames());
			if (!profile.grids().containsKey(layer.code())) {
				Set<String> codes = new HashSet<>();
				Map<String, String> levels = new HashMap<>();
				Set<String> parents = new HashSet<>();
				layers.grids(layer.code(), null, null).forEach(grid -> {
					codes.add(grid.code());
					levels.put(grid.code(), grid.levelName());
					parents.add(grid.parentCode());
				});
				grids.put(layer.code(), codes);
				gridLevels.put(layer.code(), gridLevels(levels, parents));
			}
		}
		profile.layers().forEach(layer -> layerLevels.put(layer.key(), layer.value().levelNames()));
		profile.grids().forEach((layer, file) -> grids.put(layer, codesOf(file.value())));
		profile.grids().forEach((layer, file) -> gridLevels.put(layer, levelsOf(file.value(),
				layerLevels.getOrDefault(layer, List.of()))));
		organisation.list().forEach(unit -> units.add(unit.code()));
		profile.units().forEach(unit -> units.add(unit.key()));
		directory.departments().forEach(department -> departments.add(department.code()));
		profile.departments().forEach(department -> departments.add(department.key()));
		directory.platforms().forEach(platform -> platforms.add(platform.code()));
		profile.platforms().forEach(platform -> platforms.add(platform.key()));
		roleList.list().forEach(role -> roles.add(role.code()));
		profile.roles().forEach(role -> roles.add(role.key()));
		catalogue.tree(null).forEach(major -> {
			majorClasses.add(major.kind() + " " + major.code());
			major.minorClasses().forEach(minor -> minorClasses.add(minor.kind() + " " + minor.code()));
		});
		profile.majorClasses().forEach(major -> majorClasses.add(major.key()));
		profile.minorClasses().forEach(minor -> minorClasses.add(minor.key()));
	}

	boolean target(String code) {
		return departments.contains(code) || platforms.contains(code);
	}

	boolean grid(String layer, String code) {
		return grids.getOrDefault(layer, Set.of()).contains(code);
	}

	/** A grid's level name (or what the bundle gives for it) and whether no grid names it as parent. */
	record GridLevel(String levelName, boolean leaf) {
	}

	GridLevel gridLevel(String layer, String code) {
		return gridLevels.getOrDefault(layer, Map.of()).get(code);
	}

	private static Map<String, GridLevel> gridLevels(Map<String, String> levels, Set<String> parents) {
		Map<String, GridLevel> result = new HashMap<>();
		levels.forEach((code, level) -> result.put(code, new GridLevel(level, !parents.contains(code))));
		return result;
	}

	/** The grids' levels as the features give them, by name or by number from 0. */
	private static Map<String, GridLevel> levelsOf(JsonNode collection, List<String> levelNames) {
		Map<String, String> levels = new HashMap<>();
		Set<String> parents = new HashSet<>();
		for (JsonNode feature : collection.path("features")) {
			JsonNode properties = feature.path("properties");
			String code = text(properties.path("code"));
			String level = text(properties.path("level"));
			if (level != null && level.matches("\\d{1,2}") && Integer.parseInt(level) < levelNames.size()) {
				level = levelNames.get(Integer.parseInt(level));
			}
			if (code != null) {
				levels.put(code, level);
			}
			parents.add(text(properties.path("parent")));
		}
		return gridLevels(levels, parents);
	}

	private static String text(JsonNode node) {
		return node.isString() || node.isNumber() ? node.asString() : null;
	}

	private static Set<String> codesOf(JsonNode collection) {
		Set<String> codes = new HashSet<>();
		for (JsonNode feature : collection.path("features")) {
			JsonNode code = feature.path("properties").path("code");
			if (code.isString() || code.isNumber()) {
				codes.add(code.asString());
			}
		}
		return codes;
	}
}
