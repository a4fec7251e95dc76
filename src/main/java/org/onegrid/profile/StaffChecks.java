package org.onegrid.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.api.Dates;
import org.onegrid.people.Qualification;
import org.onegrid.people.TeamTemplate;
import org.onegrid.people.TeamTemplate.Slot;
import org.onegrid.profile.DistrictProfile.DutyRule;
import org.onegrid.profile.DistrictProfile.PersonEntry;

/**
 * Checks a profile's team templates, people and duties: every post of a template supplied by someone of the
 * profile who holds its role (in its department), people in known units and departments with known roles serving
 * known grids and holding each qualification once, and every duty held by people of the profile who hold it.
 */
final class StaffChecks {

	private final Problems problems;

	private final Known known;

	private final PostChecks posts;

	StaffChecks(Problems problems, Known known) {
		this.problems = problems;
		this.known = known;
		this.posts = new PostChecks(problems, known);
	}

	void check(DistrictProfile profile, ProfileChecks checks) {
		checks.unique(profile.templates(), "team template of layer/level");
		checks.unique(profile.people(), "person");
		Map<String, PersonEntry> people = new HashMap<>();
		profile.people().forEach(person -> people.put(person.key(), person.value()));
		for (Item<TeamTemplate> item : profile.templates()) {
			TeamTemplate template = item.value();
			List<String> levels = known.layerLevels.get(template.layerCode());
			if (levels == null) {
				problems.error(item.at(), "UNKNOWN_LAYER", "there is no layer '" + template.layerCode() + "'");
			}
			else if (template.levelName() != null && !levels.contains(template.levelName())) {
				problems.error(item.at(), "UNKNOWN_LEVEL", "layer '" + template.layerCode() + "' has no level '"
						+ template.levelName() + "'");
			}
			List<Value> posts = new ArrayList<>(item.at().entries().getOrDefault("required",
					item.at()).items());
			posts.addAll(item.at().entries().getOrDefault("optional", item.at()).items());
			for (int i = 0; i < template.slots().size(); i++) {
				post(i < posts.size() ? posts.get(i) : item.at(), template.slots().get(i), people);
			}
		}
		for (Item<PersonEntry> item : profile.people()) {
			person(item, profile.primaryLayer());
			posts.check(item, profile);
		}
		for (Item<DutyRule> item : profile.duty()) {
			DutyRule duty = item.value();
			if (duty.unit() != null && !known.units.contains(duty.unit())) {
				problems.error(item.at(), "UNKNOWN_UNIT", "there is no unit '" + duty.unit() + "'");
			}
			for (String key : duty.people()) {
				PersonEntry person = people.get(key);
				if (person == null) {
					problems.error(item.at(), "UNKNOWN_PERSON", "people.yaml has nobody with the account or name '"
							+ key + "'");
				}
				else if (!person.definition().roles().contains(duty.duty())) {
					problems.error(item.at(), "ROLE_NOT_HELD", key + " does not hold the role '" + duty.duty()
							+ "' this duty needs");
				}
			}
		}
	}

	private void post(Value at, Slot slot, Map<String, PersonEntry> people) {
		if (slot.role() != null && !known.roles.contains(slot.role())) {
			problems.error(at, "UNKNOWN_ROLE", "there is no role '" + slot.role() + "'");
		}
		if (slot.department() != null && !known.departments.contains(slot.department())) {
			problems.error(at, "UNKNOWN_DEPARTMENT", "there is no department '" + slot.department() + "'");
		}
		boolean supplied = people.values().stream()
			.anyMatch(p -> p.definition().roles().contains(slot.role())
					&& (slot.department() == null || slot.department().equals(p.definition().departmentCode())));
		if (slot.count() != null && slot.count() > 0 && !supplied) {
			problems.error(at, "POST_NOT_SUPPLIED", "required post " + slot.role()
					+ (slot.department() == null ? "" : " from " + slot.department())
					+ ": no person in people.yaml holds it, so no unit can supply it");
		}
	}

	private void qualifications(Item<PersonEntry> item) {
		Set<String> codes = new HashSet<>();
		for (Qualification qualification : item.value().qualifications() == null ? List.<Qualification>of()
				: item.value().qualifications()) {
			String code = qualification.code();
			if (code != null && !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
				problems.error(item.at(), "PATTERN", item.key() + ": qualification '" + code
						+ "': a code is 1-40 lower-case letters, digits or '-', such as enforcement");
			}
			else if (code != null && !codes.add(code)) {
				problems.error(item.at(), "DUPLICATE", item.key() + ": qualification '" + code + "' is given twice");
			}
			if (qualification.validUntil() != null && !Dates.inRange(qualification.validUntil())) {
				problems.error(item.at(), "OUT_OF_RANGE", item.key() + ": qualification '" + code + "': "
						+ Dates.outOfRange("validUntil").detail());
			}
		}
	}

	private void person(Item<PersonEntry> item, String primaryLayer) {
		PersonEntry person = item.value();
		var definition = person.definition();
		if (definition.unitCode() != null && !known.units.contains(definition.unitCode())) {
			problems.error(item.at(), "UNKNOWN_UNIT", item.key() + ": there is no unit '" + definition.unitCode() + "'");
		}
		if (definition.departmentCode() != null && !known.departments.contains(definition.departmentCode())) {
			problems.error(item.at(), "UNKNOWN_DEPARTMENT", item.key() + ": there is no department '"
					+ definition.departmentCode() + "'");
		}
		if (definition.roles().isEmpty()) {
			problems.error(item.at(), "REQUIRED", item.key() + " needs at least one role");
		}
		for (String role : definition.roles()) {
			if (!known.roles.contains(role)) {
				problems.error(item.at(), "UNKNOWN_ROLE", item.key() + ": there is no role '" + role + "'");
			}
		}
		if (person.post() != null && !definition.roles().contains(person.post())) {
			problems.error(item.at(), "ROLE_NOT_HELD", item.key() + " serves as '" + person.post()
					+ "', a role they do not hold");
		}
		for (String grid : person.grids()) {
			if (!known.grid(primaryLayer, grid)) {
				problems.error(item.at(), "UNKNOWN_GRID", item.key() + ": layer '" + primaryLayer + "' has no grid '"
						+ grid + "'");
			}
		}
		for (String unit : person.headOf()) {
			if (!known.units.contains(unit)) {
				problems.error(item.at(), "UNKNOWN_UNIT", item.key() + " heads no unit '" + unit + "': there is none");
			}
		}
		qualifications(item);
		if (person.username() != null && !person.username().matches("[a-z0-9][a-z0-9._-]{2,39}")) {
			problems.error(item.at(), "PATTERN", "account '" + person.username()
					+ "': a username is 3-40 lower-case letters, digits, '.', '_' or '-'");
		}
	}
}
