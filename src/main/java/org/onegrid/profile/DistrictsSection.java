package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onegrid.grid.District;
import org.onegrid.grid.DistrictRequest;
import org.onegrid.grid.Districts;
import org.springframework.stereotype.Component;

/**
 * The profile's {@code districts.yaml}: the districts the installation serves by this profile, each the territory of
 * one of its grids (in the profile's primary layer unless it names another), and named by the code outside systems
 * use for it, such as Open311's {@code jurisdiction_id}. A district the file no longer names is left served; an
 * administrator stops serving it. Two districts may meet along an edge but never share area, so a grid that
 * overlaps a district already served refuses the whole load at its entry.
 */
@Component
class DistrictsSection {

	static final String FILE = "districts.yaml";

	private final Districts districts;

	DistrictsSection(Districts districts) {
		this.districts = districts;
	}

	static List<Item<District>> read(Map<String, String> files, String primaryLayer, Problems problems) {
		String text = files.get(FILE);
		Value doc = text == null ? new Value(FILE, 0, null) : Value.parse(FILE, text, problems);
		var file = new YamlMap(doc, FILE, problems, "districts");
		List<Item<District>> read = new ArrayList<>();
		for (Value entry : file.list("districts", false)) {
			var district = new YamlMap(entry, "a district", problems, "code", "name", "layer", "grid");
			String code = district.text("code", true);
			String layer = district.has("layer") ? district.text("layer", true) : primaryLayer;
			read.add(new Item<>(entry, code, new District(code, district.text("name", true), layer,
					district.text("grid", true))));
		}
		return read;
	}

	/** Reports every district with a code that is not one, given twice, or on a grid neither bundle nor store has. */
	void check(List<Item<District>> read, Known known, Problems problems) {
		Set<String> codes = new HashSet<>();
		for (Item<District> item : read) {
			District district = item.value();
			if (item.key() != null && !codes.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "district '" + item.key() + "' is given twice");
			}
			if (item.key() != null && !Districts.isCode(item.key())) {
				problems.error(item.at(), "PATTERN", item.key() + ": code: a district's code is 1 to 64 letters, "
						+ "digits, dots, dashes or underscores, beginning with a letter or digit");
			}
			if (district.grid() != null && !known.grid(district.layer(), district.grid())) {
				problems.error(item.at(), "UNKNOWN", item.key() + ": grid: layer '" + district.layer()
						+ "' has no grid '" + district.grid() + "'");
			}
		}
	}

	void write(List<Item<District>> read, Changes changes) {
		for (Item<District> item : read) {
			District wanted = item.value();
			Optional<District> stored = districts.find(item.key());
			changes.apply(item, "district", stored.orElse(null), () -> stored.get().equals(wanted),
					() -> districts.put(item.key(), new DistrictRequest(wanted.name(), wanted.layer(),
							wanted.grid())));
		}
	}

	/** The districts the profile names, as served now. */
	Map<String, Object> export(List<Item<District>> read) {
		List<Object> out = new ArrayList<>();
		for (Item<District> item : read) {
			districts.find(item.key()).ifPresent(d -> out.add(new Entries().put("code", d.code())
				.put("name", d.name()).put("layer", d.layer()).put("grid", d.grid()).map()));
		}
		return Map.of("districts", out);
	}
}
