package org.onegrid.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.onegrid.people.PersonDefinition;
import org.onegrid.people.Qualification;
import org.onegrid.people.TeamTemplate;
import org.onegrid.people.TeamTemplate.Slot;
import org.onegrid.profile.DistrictProfile.DutyRule;
import org.onegrid.profile.DistrictProfile.PersonEntry;

/**
 * Reads {@code teams.yaml} (team templates with required and optional posts), {@code people.yaml} (people, their
 * accounts, the grids they serve and their qualifications) and {@code duty.yaml} (daily duties).
 */
final class PeopleReader {

	private final Problems problems;

	PeopleReader(Problems problems) {
		this.problems = problems;
	}

	List<Item<TeamTemplate>> templates(Value doc) {
		var file = new YamlMap(doc, "teams.yaml", problems, "templates");
		List<Item<TeamTemplate>> result = new ArrayList<>();
		for (Value entry : file.list("templates", false)) {
			var template = new YamlMap(entry, "a team template", problems, "layer", "name", "level", "required",
					"optional");
			List<Slot> slots = new ArrayList<>();
			for (Value post : template.list("required", true)) {
				var slot = new YamlMap(post, "a required post", problems, "role", "department", "count");
				Integer count = slot.integer("count", false);
				slots.add(new Slot(slot.text("role", true), slot.text("department", false), count == null ? 1 : count));
			}
			for (Value post : template.list("optional", false)) {
				var slot = new YamlMap(post, "an optional post", problems, "role", "department");
				slots.add(new Slot(slot.text("role", true), slot.text("department", false), 0));
			}
			String layer = template.text("layer", true);
			String level = template.text("level", false);
			result.add(new Item<>(entry, level == null ? layer : layer + "/" + level, new TeamTemplate(layer,
					template.text("name", true), level, slots)));
		}
		return result;
	}

	List<Item<PersonEntry>> people(Value doc) {
		var file = new YamlMap(doc, "people.yaml", problems, "people");
		List<Item<PersonEntry>> result = new ArrayList<>();
		for (Value entry : file.list("people", false)) {
			var person = new YamlMap(entry, "a person", problems, "name", "phone", "unit", "department", "roles",
					"invented", "account", "post", "grids", "headOf", "qualifications");
			String name = person.text("name", true);
			String username = person.text("account", false);
			Boolean invented = person.flag("invented");
			var definition = new PersonDefinition(name, person.text("phone", false), person.text("unit", true),
					person.text("department", false), person.texts("roles", true), invented != null && invented);
			result.add(new Item<>(entry, username != null ? username : name, new PersonEntry(
					username != null ? username : name, definition, username, person.text("post", false),
					person.texts("grids", false), person.texts("headOf", false),
					person.has("qualifications") ? qualifications(person.list("qualifications", false)) : null)));
		}
		return result;
	}

	/** Each qualification as its code alone, or as a map with {@code code} and {@code validUntil}. */
	private List<Qualification> qualifications(List<Value> entries) {
		List<Qualification> result = new ArrayList<>();
		for (Value entry : entries) {
			if (entry.text() != null) {
				result.add(new Qualification(entry.text().strip(), null));
				continue;
			}
			var qualification = new YamlMap(entry, "a qualification", problems, "code", "validUntil");
			String until = qualification.text("validUntil", false);
			LocalDate validUntil = null;
			if (until != null) {
				try {
					validUntil = LocalDate.parse(until);
				}
				catch (DateTimeParseException e) {
					problems.error(qualification.value("validUntil"), "DATE_FORMAT",
							"'validUntil' is a day such as 2027-12-31");
				}
			}
			result.add(new Qualification(qualification.text("code", true), validUntil));
		}
		return result;
	}

	List<Item<DutyRule>> duty(Value doc) {
		var file = new YamlMap(doc, "duty.yaml", problems, "duty");
		List<Item<DutyRule>> result = new ArrayList<>();
		for (Value entry : file.list("duty", false)) {
			var duty = new YamlMap(entry, "a duty", problems, "unit", "duty", "start", "end", "workingDaysOnly", "days",
					"people");
			Integer days = duty.integer("days", true);
			if (days != null && (days < 1 || days > 62)) {
				problems.error(duty.value("days"), "OUT_OF_RANGE", "days is 1 to 62");
			}
			Boolean working = duty.flag("workingDaysOnly");
			String unit = duty.text("unit", true);
			String role = duty.text("duty", true);
			result.add(new Item<>(entry, unit + " " + role, new DutyRule(unit, role, duty.time("start", true),
					duty.time("end", true), working == null || working, days == null ? 0 : days,
					duty.texts("people", true))));
		}
		return result;
	}
}
