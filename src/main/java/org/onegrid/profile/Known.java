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
				layers.grids(layer.code(), null, null).forEach(grid -> codes.add(grid.code()));
				grids.put(layer.code(), codes);
			}
		}
		profile.layers().forEach(layer -> layerLevels.put(layer.key(), layer.value().levelNames()));
		profile.grids().forEach((layer, file) -> grids.put(layer, codesOf(file.value())));
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
