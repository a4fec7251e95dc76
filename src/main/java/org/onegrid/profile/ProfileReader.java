package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onegrid.grid.CodeRule;
import org.onegrid.grid.LayerDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a bundle's files into a {@link DistrictProfile}: {@code profile.yaml} and the layers here, the other
 * sections through their own readers. Every problem is collected with its file and line; a file the format does not
 * know is refused, except Markdown notes.
 */
final class ProfileReader {

	static final String PROFILE = "profile.yaml";

	static final List<String> SECTIONS = List.of(PROFILE, "layers.yaml", "organisation.yaml", "roles.yaml",
			"catalogue.yaml", "responsibility.yaml", "teams.yaml", "people.yaml", "duty.yaml");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Problems problems;

	private final int hoursPerDay;

	ProfileReader(Problems problems, int hoursPerDay) {
		this.problems = problems;
		this.hoursPerDay = hoursPerDay;
	}

	DistrictProfile read(Map<String, String> files) {
		if (!files.containsKey(PROFILE)) {
			problems.error(PROFILE, 0, "REQUIRED", "a bundle needs profile.yaml at its top");
		}
		Map<String, Value> docs = new LinkedHashMap<>();
		for (String section : SECTIONS) {
			String text = files.get(section);
			docs.put(section, text == null ? new Value(section, 0, null) : Value.parse(section, text, problems));
		}
		var head = new YamlMap(docs.get(PROFILE), PROFILE, problems, "id", "name", "version", "maxWorkingDays",
				"primaryLayer", "description", "source", "unsupported");
		String id = head.text("id", true);
		if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			problems.error(head.value("id"), "PATTERN", "id must be 1-40 lower-case letters, digits or '-'");
		}
		Integer max = head.integer("maxWorkingDays", true);
		if (max != null && max < 1) {
			problems.error(head.value("maxWorkingDays"), "OUT_OF_RANGE", "maxWorkingDays must be at least 1");
		}
		head.value("unsupported").entries().forEach((key, value) -> problems.warning(value, "NOT_SUPPORTED_YET",
				"'unsupported." + key + "' is recorded as documentation only: OneGrid cannot express it yet"));
		String primary = head.has("primaryLayer") ? head.text("primaryLayer", false) : "ops";
		Set<String> used = new HashSet<>(SECTIONS);
		used.add(RulesSection.FILE);
		used.add(MeetingsSection.FILE);
		used.add(HotlinesSection.FILE);
		used.add(DistrictsSection.FILE);
		var layers = layers(docs.get("layers.yaml"), files, used);
		Map<String, Item<JsonNode>> grids = layers.grids();
		var organisation = new OrganisationReader(problems, docs.get("organisation.yaml"));
		var catalogue = new CatalogueReader(problems, docs.get("catalogue.yaml"), max == null ? Integer.MAX_VALUE : max,
				hoursPerDay);
		var people = new PeopleReader(problems);
		var tiers = catalogue.tiers();
		var profile = new DistrictProfile(head.at(), id, head.text("name", true), head.text("version", true),
				max == null ? 0 : max, primary, layers.definitions(), grids, layers.members(), organisation.units(),
				organisation.departments(), organisation.platforms(), organisation.roles(docs.get("roles.yaml")),
				tiers.levels(), tiers.closers(), catalogue.urgencies(), catalogue.majorClasses(),
				catalogue.minorClasses(),
				catalogue.rules(docs.get("responsibility.yaml")), people.templates(docs.get("teams.yaml")),
				people.people(docs.get("people.yaml")), people.duty(docs.get("duty.yaml")), Map.copyOf(files),
				organisation.coordinator());
		for (String name : files.keySet()) {
			if (!used.contains(name) && !name.endsWith(".md")) {
				problems.error(name, 0, "NOT_SUPPORTED", "'" + name + "' is no file of the profile format (sections: "
						+ String.join(", ", SECTIONS) + ", " + RulesSection.FILE + ", " + MeetingsSection.FILE + ", "
						+ HotlinesSection.FILE + ", " + DistrictsSection.FILE + ", the GeoJSON files layers.yaml names, and *.md notes)");
			}
		}
		return profile;
	}

	private record Layers(List<Item<LayerDefinition>> definitions, Map<String, Item<JsonNode>> grids,
			Map<String, Item<JsonNode>> members) {
	}

	private Layers layers(Value doc, Map<String, String> files, Set<String> used) {
		var file = new YamlMap(doc, "layers.yaml", problems, "layers");
		List<Item<LayerDefinition>> definitions = new ArrayList<>();
		Map<String, Item<JsonNode>> grids = new LinkedHashMap<>();
		Map<String, Item<JsonNode>> members = new LinkedHashMap<>();
		for (Value entry : file.list("layers", false)) {
			var layer = new YamlMap(entry, "a layer", problems, "code", "name", "kind", "levels", "codeRule",
					"sequenceDigits", "generated", "source", "grids", "members");
			String code = layer.text("code", true);
			CodeRule rule = Enums.of(CodeRule.class, layer, "codeRule", problems);
			definitions.add(new Item<>(entry, code, new LayerDefinition(code, layer.text("name", true),
					layer.text("kind", true), layer.texts("levels", true), rule, layer.integer("sequenceDigits", false),
					layer.flag("generated"), layer.text("source", false))));
			if (code != null) {
				geoJson(layer, "grids", files, used).ifPresent(item -> grids.put(code, item));
				geoJson(layer, "members", files, used).ifPresent(item -> members.put(code, item));
			}
		}
		return new Layers(definitions, grids, members);
	}

	/** The GeoJSON file a layer's {@code key} names, keyed by its path in the bundle. */
	private Optional<Item<JsonNode>> geoJson(YamlMap layer, String key, Map<String, String> files, Set<String> used) {
		String path = layer.text(key, false);
		if (path == null) {
			return Optional.empty();
		}
		used.add(path);
		String text = files.get(path);
		if (text == null) {
			problems.error(layer.value(key), "MISSING_FILE", "the bundle has no file '" + path + "'");
			return Optional.empty();
		}
		try {
			return Optional.of(new Item<>(layer.value(key), path, JSON.readTree(text)));
		}
		catch (JacksonException e) {
			problems.error(path, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "JSON_SYNTAX",
					"not valid GeoJSON: " + e.getOriginalMessage());
			return Optional.empty();
		}
	}
}
