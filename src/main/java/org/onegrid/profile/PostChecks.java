package org.onegrid.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onegrid.people.TeamTemplate;
import org.onegrid.profile.DistrictProfile.PersonEntry;

/**
 * Checks that the people of a profile serve each grid in a post of the team template of that grid's level (or, on a
 * leaf grid whose level has none, of the template without a level); a grid no template of the profile applies to
 * takes any post.
 */
final class PostChecks {

	private final Problems problems;

	private final Known known;

	PostChecks(Problems problems, Known known) {
		this.problems = problems;
		this.known = known;
	}

	/**
	 * Each grid the person serves takes their post only when it is a post of the template of the grid's level; one
	 * error per template that lacks it, naming the grids.
	 */
	void check(Item<PersonEntry> item, DistrictProfile profile) {
		PersonEntry person = item.value();
		String post = person.post() != null ? person.post() : person.definition().roles().stream().findFirst()
			.orElse(null);
		Map<TeamTemplate, List<String>> refused = new LinkedHashMap<>();
		for (String grid : post == null ? List.<String>of() : person.grids()) {
			Known.GridLevel level = known.gridLevel(profile.primaryLayer(), grid);
			TeamTemplate template = level == null ? null : template(profile, level.levelName());
			if (level != null && template == null && level.leaf()) {
				template = template(profile, null);
			}
			if (template != null && template.slots().stream().noneMatch(slot -> post.equals(slot.role()))) {
				refused.computeIfAbsent(template, t -> new ArrayList<>()).add(grid);
			}
		}
		refused.forEach((template, grids) -> problems.error(item.at(), "POST_NOT_IN_TEMPLATE", item.key()
				+ " serves " + grids + " as '" + post + "', which is no post of their team template '" + template.name()
				+ "'" + (template.levelName() == null ? "" : " (level " + template.levelName() + ")")));
	}

	private static TeamTemplate template(DistrictProfile profile, String level) {
		return profile.templates().stream().map(Item::value)
			.filter(t -> profile.primaryLayer() != null && profile.primaryLayer().equals(t.layerCode())
					&& Objects.equals(level, t.levelName()))
			.findFirst().orElse(null);
	}
}
