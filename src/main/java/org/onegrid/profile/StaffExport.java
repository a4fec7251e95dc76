package org.onegrid.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.onegrid.people.TeamTemplate;
import org.onegrid.people.TeamCompleteness;
import org.onegrid.profile.DistrictProfile.PersonEntry;
import org.springframework.stereotype.Component;

/** Writes the teams and people sections of a profile's export, as they are stored now. */
@Component
class StaffExport {

	private final TeamCompleteness templates;

	private final People people;

	private final GridTeams teams;

	private final AccountDirectory accounts;

	private final Organisation organisation;

	StaffExport(TeamCompleteness templates, People people, GridTeams teams, AccountDirectory accounts,
			Organisation organisation) {
		this.organisation = organisation;
		this.templates = templates;
		this.people = people;
		this.teams = teams;
		this.accounts = accounts;
	}

	Map<String, Object> teams(DistrictProfile profile) {
		List<Object> result = new ArrayList<>();
		for (var item : profile.templates()) {
			TeamTemplate template = templates.find(item.value().layerCode(), item.value().levelName()).orElse(null);
			if (template == null) {
				continue;
			}
			List<Object> required = new ArrayList<>();
			List<Object> optional = new ArrayList<>();
			for (TeamTemplate.Slot slot : template.slots()) {
				var post = new Entries().put("role", slot.role()).put("department", slot.department());
				if (slot.count() == 0) {
					optional.add(post.map());
				}
				else {
					required.add(post.put("count", slot.count()).map());
				}
			}
			result.add(new Entries().put("layer", template.layerCode()).put("name", template.name())
				.put("level", template.levelName()).put("required", required).put("optional", optional).map());
		}
		return Map.of("templates", result);
	}

	Map<String, Object> people(DistrictProfile profile) {
		List<Object> result = new ArrayList<>();
		List<Account> all = accounts.all();
		for (var item : profile.people()) {
			PersonEntry entry = item.value();
			Person person = people.list(entry.definition().unitCode(), null, null).stream()
				.filter(p -> p.name().equals(entry.definition().name())).findFirst().orElse(null);
			if (person == null) {
				continue;
			}
			String post = entry.post() != null ? entry.post() : entry.definition().roles().get(0);
			List<String> grids = teams.gridsOf(person.id()).stream()
				.filter(m -> m.layerCode().equals(profile.primaryLayer()) && m.role().equals(post))
				.map(m -> m.gridCode()).toList();
			String username = all.stream().filter(a -> a.personId() != null && a.personId() == person.id())
				.map(Account::username).filter(u -> u.equals(entry.username())).findFirst().orElse(null);
			result.add(new Entries().put("name", person.name()).put("phone", person.phone())
				.put("unit", person.unitCode()).put("department", person.departmentCode()).put("roles", person.roles())
				.put("invented", person.generated()).put("account", username).put("post", entry.post())
				.put("qualifications", person.qualifications().stream().map(q -> q.validUntil() == null ? q.code()
						: new Entries().put("code", q.code()).put("validUntil", q.validUntil().toString()).map())
					.toList())
				.put("grids", grids)
				.put("headOf", entry.headOf().stream()
					.filter(unit -> organisation.exists(unit)
							&& Long.valueOf(person.id()).equals(organisation.get(unit).headPersonId()))
					.toList())
				.map());
		}
		return Map.of("people", result);
	}
}
