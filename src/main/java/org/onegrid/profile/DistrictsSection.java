package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onegrid.catalogue.DistrictOffers;
import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;
import org.onegrid.catalogue.OfferedClass;
import org.onegrid.grid.District;
import org.onegrid.grid.DistrictRequest;
import org.onegrid.grid.Districts;
import org.springframework.stereotype.Component;

/**
 * The profile's {@code districts.yaml}: the districts the installation serves by this profile, each the territory of
 * one of its grids (in the profile's primary layer unless it names another), and named by the code outside systems
 * use for it, such as Open311's {@code jurisdiction_id}, and offering the services it names ({@code 'EVENT 7001'}),
 * or the whole catalogue when it names none, with the limits it sets for itself where they differ from the
 * catalogue's ({@code 'EVENT 7001': {HANDLE: 1d}}), and the most working days it lets any stage run where it is
 * stricter than the profile ({@code maxWorkingDays}; the profile's when not given). A district the file no longer
 * names is left served; an administrator stops serving it. Two districts may meet along an edge but never share
 * area, so a grid that overlaps a district already served refuses the whole load at its entry.
 */
@Component
class DistrictsSection {

	static final String FILE = "districts.yaml";

	private final Districts districts;

	private final DistrictOffers offers;

	private final DistrictLimitEntries limits;

	private final DistrictChannelEntries channels;

	DistrictsSection(Districts districts, DistrictOffers offers, DistrictLimitEntries limits,
			DistrictChannelEntries channels) {
		this.channels = channels;
		this.districts = districts;
		this.offers = offers;
		this.limits = limits;
	}

	/**
	 * A district as the file states it, with the services it offers ({@code null}: the whole catalogue), its own
	 * limits by minor class ({@code 'EVENT 7001'}; {@code null}: the catalogue's everywhere) and its maximum
	 * ({@code null}: the profile's).
	 */
	record Entry(District district, List<String> services, Map<String, List<LimitDefinition>> limits,
			List<String> channels, Integer maxWorkingDays) {
	}

	static List<Item<District>> read(Map<String, String> files, String primaryLayer, Problems problems) {
		return entries(files, primaryLayer, problems).stream()
			.map(item -> new Item<>(item.at(), item.key(), item.value().district())).toList();
	}

	static List<Item<Entry>> entries(Map<String, String> files, String primaryLayer, Problems problems) {
		String text = files.get(FILE);
		Value doc = text == null ? new Value(FILE, 0, null) : Value.parse(FILE, text, problems);
		var file = new YamlMap(doc, FILE, problems, "districts");
		List<Item<Entry>> read = new ArrayList<>();
		for (Value entry : file.list("districts", false)) {
			var district = new YamlMap(entry, "a district", problems, "code", "name", "layer", "grid", "services",
					"limits", "channels", "maxWorkingDays");
			String code = district.text("code", true);
			String layer = district.has("layer") ? district.text("layer", true) : primaryLayer;
			List<String> services = district.has("services") ? district.texts("services", true) : null;
			var limits = district.has("limits") ? DistrictLimitEntries.read(district.value("limits"), problems) : null;
			read.add(new Item<>(entry, code, new Entry(new District(code, district.text("name", true), layer,
					district.text("grid", true)), services, limits,
					district.has("channels") ? district.texts("channels", true) : null,
					district.has("maxWorkingDays") ? district.integer("maxWorkingDays", true) : null)));
		}
		return read;
	}

	/**
	 * Reports every district with a code that is not one, given twice, on a grid neither bundle nor store has,
	 * offering a minor class neither has, with a maximum outside 1 to the profile's, setting limits for one, or none,
	 * or longer than its maximum, or taking cases on a channel neither has.
	 */
	void check(List<Item<Entry>> read, Known known, int maxWorkingDays, int hoursPerDay, Set<String> bundleChannels,
			Problems problems) {
		Set<String> codes = new HashSet<>();
		for (Item<Entry> item : read) {
			Integer own = item.value().maxWorkingDays();
			if (own != null && (own < 1 || own > maxWorkingDays)) {
				problems.error(item.at(), "OUT_OF_RANGE", item.key() + ": maxWorkingDays " + own + " is not from 1 to "
						+ "the profile's maximum of " + maxWorkingDays + " working days (profile.yaml maxWorkingDays)");
			}
			DistrictLimitEntries.check(item, own == null || own < 1 ? maxWorkingDays : Math.min(own, maxWorkingDays),
					hoursPerDay, known, problems);
			channels.check(item, bundleChannels, problems);
			District district = item.value().district();
			if (item.value().services() != null && item.value().services().isEmpty()) {
				problems.error(item.at(), "REQUIRED", item.key() + ": services: name at least one minor class, or "
						+ "leave services out to offer the whole catalogue");
			}
			for (String service : item.value().services() == null ? List.<String>of() : item.value().services()) {
				if (!known.minorClasses.contains(service.strip())) {
					problems.error(item.at(), "UNKNOWN", item.key() + ": services: there is no minor class '" + service
							+ "' (give it as its kind and code, such as 'EVENT 7001')");
				}
			}
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

	void write(List<Item<Entry>> read, Changes changes) {
		for (Item<Entry> item : read) {
			District wanted = item.value().district();
			Optional<District> stored = districts.find(item.key());
			changes.apply(item, "district", stored.orElse(null), () -> stored.get().equals(wanted),
					() -> districts.put(item.key(), new DistrictRequest(wanted.name(), wanted.layer(),
							wanted.grid())));
		}
	}

	/** Sets the channels each district takes cases in on, once the channels are written: every one when not given. */
	void writeChannels(List<Item<Entry>> read, Changes changes) {
		read.forEach(item -> channels.write(item.key(), item.value().channels(), item, changes));
	}

	/**
	 * Sets each district's maximum and own limits, once the catalogue is written: the catalogue's limits when not
	 * given, and the profile's maximum where it is stricter than the installation's.
	 */
	void writeLimits(List<Item<Entry>> read, int profileMaximum, Changes changes) {
		read.forEach(item -> limits.write(item.key(), limits.maximum(item.value().maxWorkingDays(), profileMaximum),
				item.value().limits(), item, changes));
	}

	/** Sets the services each district offers, once the catalogue is written: the whole catalogue when not given. */
	void writeOffers(List<Item<Entry>> read, Changes changes) {
		for (Item<Entry> item : read) {
			List<String> stored = offered(item.key());
			List<String> wanted = item.value().services() == null ? null
					: item.value().services().stream().map(String::strip).distinct().sorted().toList();
			if (stored == null && wanted == null) {
				continue;
			}
			changes.apply(item, "services", stored, () -> stored.equals(wanted), () -> {
				if (wanted == null) {
					offers.clear(item.key());
				}
				else {
					offers.put(item.key(), wanted.stream().map(key -> key.split(" ", 2))
						.map(parts -> new OfferedClass(parts[0], parts.length > 1 ? parts[1] : null)).toList());
				}
			});
		}
	}

	/** The district's services as {@code KIND code}, sorted; {@code null} when it offers the whole catalogue. */
	private List<String> offered(String district) {
		return offers.of(district).map(list -> list.stream().map(c -> c.kind() + " " + c.minorCode()).sorted()
			.toList()).orElse(null);
	}

	/** The districts the profile names, as served now; a maximum only where it is not the profile's. */
	Map<String, Object> export(List<Item<Entry>> read, int profileMaximum) {
		List<Object> out = new ArrayList<>();
		for (Item<Entry> item : read) {
			districts.find(item.key()).ifPresent(d -> out.add(new Entries().put("code", d.code())
				.put("name", d.name()).put("layer", d.layer()).put("grid", d.grid())
				.put("services", offered(d.code()))
				.put("limits", limits.export(d.code()))
				.put("maxWorkingDays", limits.exportMaximum(d.code(), profileMaximum))
				.put("channels", channels.export(d.code())).map()));
		}
		return Map.of("districts", out);
	}
}
