package org.onegrid.profile;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries a bundle shares with the other profiles loaded into this installation. Layers, units, departments,
 * platforms, roles, the catalogue, team templates, people and districts are each stored once for the whole
 * installation, so a bundle that defines one another profile defined rewrites that profile's entry. Each such entry is
 * named, with the profile that set it, as a warning at its place, so that a dry run shows what the load would take
 * from another district before anything is written. Loading a profile again under its own id warns of nothing.
 */
final class SharedEntries {

	private SharedEntries() {
	}

	static void warn(DistrictProfile profile, LoadedProfiles loaded, int hoursPerDay, Problems problems) {
		Map<String, List<? extends Item<?>>> ours = sections(profile);
		for (String other : loaded.ids()) {
			if (other.equals(profile.id())) {
				continue;
			}
			loaded.find(other).ifPresent(stored -> {
				Map<String, List<? extends Item<?>>> theirs = sections(new ProfileReader(new Problems(), hoursPerDay)
					.read(stored.files()));
				ours.forEach((section, items) -> {
					Set<String> keys = new HashSet<>();
					theirs.get(section).forEach(item -> keys.add(item.key()));
					items.stream().filter(item -> item.key() != null && keys.contains(item.key()))
						.forEach(item -> problems.warning(item.at(), "SHARED", section + " '" + item.key()
								+ "' is also defined by profile '" + other + "': this load rewrites it for both"));
				});
			});
		}
	}

	private static Map<String, List<? extends Item<?>>> sections(DistrictProfile profile) {
		Map<String, List<? extends Item<?>>> sections = new LinkedHashMap<>();
		sections.put("layer", profile.layers());
		sections.put("unit", profile.units());
		sections.put("department", profile.departments());
		sections.put("platform", profile.platforms());
		sections.put("role", profile.roles());
		sections.put("majorClass", profile.majorClasses());
		sections.put("minorClass", profile.minorClasses());
		sections.put("teamTemplate", profile.templates());
		sections.put("person", profile.people());
		sections.put("district", DistrictsSection.read(profile.files(), profile.primaryLayer(), new Problems()));
		return sections;
	}
}
