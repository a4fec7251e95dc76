package org.onegrid.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GeoJsonException;
import org.onegrid.grid.GridExport;
import org.onegrid.grid.GridImport;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridMembers;
import org.onegrid.grid.ImportMapping;
import org.onegrid.grid.LayerDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a profile's layers, their grids and their grids' members through the grid module. A layer's grids are
 * imported again only when some grid differs from the stored one in its code, name, parent, level or ground (the same
 * ground drawn with its rings in another order or direction counts as the same), and its members stored again only
 * when some member differs, so that a profile loaded twice leaves the layers' versions alone.
 */
@Component
class GridsWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern FEATURE = Pattern.compile("features\\[(\\d+)]");

	private final GridLayers layers;

	private final GridImport imports;

	private final GridExport exports;

	private final GridMembers members;

	GridsWriter(GridLayers layers, GridImport imports, GridExport exports, GridMembers members) {
		this.layers = layers;
		this.imports = imports;
		this.exports = exports;
		this.members = members;
	}

	void write(DistrictProfile profile, Changes changes) {
		for (Item<LayerDefinition> item : profile.layers()) {
			LayerDefinition wanted = item.value();
			GridLayer stored = layers.exists(item.key()) ? layers.get(item.key()) : null;
			changes.apply(item, "layer", stored, () -> sameLayer(stored, wanted), () -> layers.define(wanted));
			Item<JsonNode> grids = profile.grids().get(item.key());
			if (grids != null) {
				Item<JsonNode> at = new Item<>(grids.at(), item.key(), grids.value());
				changes.apply(at, "grids", stored == null || stored.gridCount() == 0 ? null : stored,
						() -> sameGrids(item.key(), grids.value()),
						() -> imports.importLayer(item.key(), grids.value(), ImportMapping.DEFAULT));
			}
			Item<JsonNode> wantedMembers = profile.members().get(item.key());
			if (wantedMembers != null) {
				Item<JsonNode> at = new Item<>(wantedMembers.at(), item.key(), wantedMembers.value());
				JsonNode storedMembers = JSON.valueToTree(members.export(item.key()));
				changes.apply(at, "members", storedMembers.path("features").isEmpty() ? null : storedMembers,
						() -> MemberComparison.same(storedMembers, wantedMembers.value()),
						() -> replaceMembers(item.key(), wantedMembers, profile.files().get(wantedMembers.key())));
			}
		}
	}

	/** Stores the layer's members; a refusal names the members file and the line of the first refused feature. */
	private void replaceMembers(String layer, Item<JsonNode> file, String text) {
		try {
			members.replace(layer, file.value(), Crs.WGS84);
		}
		catch (ApiProblem problem) {
			List<Violation> violations = problem.errors().stream().filter(Violation.class::isInstance)
				.map(Violation.class::cast).toList();
			if (violations.isEmpty()) {
				throw problem;
			}
			Matcher feature = FEATURE.matcher(violations.get(0).field());
			int line = feature.lookingAt() ? FeatureLines.lineOf(text, Integer.parseInt(feature.group(1))) : 0;
			String reason = violations.stream().map(v -> v.field() + ": " + v.detail())
				.collect(Collectors.joining("; "));
			throw new Changes.LateError(new ProfileError(file.key(), line, violations.get(0).code(), reason));
		}
	}

	private static boolean sameLayer(GridLayer stored, LayerDefinition wanted) {
		return stored.name().equals(wanted.name()) && stored.kind().equals(wanted.kind())
				&& stored.levelNames().equals(wanted.levelNames()) && stored.codeRule() == wanted.codeRule()
				&& stored.sequenceDigits() == wanted.sequenceDigits() && stored.generated() == wanted.generated()
				&& Objects.equals(stored.source(), wanted.source());
	}

	private boolean sameGrids(String layer, JsonNode wanted) {
		JsonNode stored = JSON.valueToTree(exports.export(layer, null));
		Map<String, JsonNode> byCode = new HashMap<>();
		stored.path("features").forEach(f -> byCode.put(f.path("properties").path("code").asString(), f));
		if (byCode.size() != wanted.path("features").size()) {
			return false;
		}
		for (JsonNode feature : wanted.path("features")) {
			JsonNode properties = feature.path("properties");
			JsonNode existing = byCode.get(properties.path("code").asString());
			if (existing == null || !sameProperties(existing.path("properties"), properties)
					|| !sameGround(existing.path("geometry"), feature.path("geometry"))) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameProperties(JsonNode stored, JsonNode wanted) {
		String parent = wanted.path("parent").isNull() ? "" : wanted.path("parent").asString("");
		String storedParent = stored.path("parent").isNull() ? "" : stored.path("parent").asString("");
		String level = wanted.path("level").asString("");
		return stored.path("name").asString().equals(wanted.path("name").asString(""))
				&& storedParent.equals(parent)
				&& (level.isEmpty() || level.equals(stored.path("level").asString())
						|| level.equals(stored.path("levelIndex").asString()));
	}

	private static boolean sameGround(JsonNode stored, JsonNode wanted) {
		try {
			Geometry a = GeoJson.readArea(stored, Crs.WGS84);
			Geometry b = GeoJson.readArea(wanted, Crs.WGS84);
			return a.equalsTopo(b) || a.symDifference(b).getArea() < 1e-14;
		}
		catch (GeoJsonException | org.locationtech.jts.geom.TopologyException e) {
			return false;
		}
	}
}
