package org.onegrid.profile;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.AccountDirectory.AccountRequest;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.DutyRoster;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.Qualification;
import org.onegrid.people.ShiftRequest;
import org.onegrid.people.TeamCompleteness;
import org.onegrid.people.TeamTemplate;
import org.onegrid.profile.DistrictProfile.DutyRule;
import org.onegrid.profile.DistrictProfile.PersonEntry;
import org.springframework.stereotype.Component;

/**
 * Writes a profile's team templates, people (matched to stored people by name and unit), their qualifications,
 * the grids they serve, the units they head, their accounts and their duty shifts. A new account gets a long random
 * password that nobody knows: the administrator sets each person's password before they first sign in, so that no
 * password travels in a bundle.
 */
@Component
class StaffWriter {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TeamCompleteness templates;

	private final People people;

	private final GridTeams teams;

	private final AccountDirectory accounts;

	private final DutyRoster roster;

	private final WorkingCalendar calendar;

	private final Organisation organisation;

	StaffWriter(TeamCompleteness templates, People people, GridTeams teams, AccountDirectory accounts,
			DutyRoster roster, WorkingCalendar calendar, Organisation organisation) {
		this.organisation = organisation;
		this.templates = templates;
		this.people = people;
		this.teams = teams;
		this.accounts = accounts;
		this.roster = roster;
		this.calendar = calendar;
	}

	void write(DistrictProfile profile, Changes changes, String actor) {
		for (Item<TeamTemplate> item : profile.templates()) {
			TeamTemplate wanted = item.value();
			TeamTemplate stored = templates.find(wanted.layerCode(), wanted.levelName()).orElse(null);
			changes.apply(item, "teamTemplate", stored, () -> sameTemplate(stored, wanted),
					() -> templates.define(wanted.layerCode(), wanted));
		}
		Map<String, Long> ids = new HashMap<>();
		for (Item<PersonEntry> item : profile.people()) {
			PersonDefinition wanted = item.value().definition();
			Person stored = people.list(wanted.unitCode(), null, null).stream()
				.filter(p -> p.name().equals(wanted.name())).findFirst().orElse(null);
			long[] id = { stored == null ? 0 : stored.id() };
			changes.apply(item, "person", stored, () -> samePerson(stored, wanted), () -> id[0] = stored == null
					? people.add(wanted).id() : people.update(stored.id(), wanted).id());
			ids.put(item.key(), id[0]);
			qualify(item, id[0], changes);
			serve(item, id[0], profile.primaryLayer(), changes);
			for (String unit : item.value().headOf()) {
				var head = organisation.get(unit).headPersonId();
				var at = new Item<>(item.at(), unit + " head " + item.key(), unit);
				changes.apply(at, "head", head, () -> head == id[0], () -> organisation.appointHead(unit, id[0]));
			}
			account(item, id[0], changes, actor);
		}
		for (Item<DutyRule> item : profile.duty()) {
			duty(item, ids, changes);
		}
	}

	private void qualify(Item<PersonEntry> item, long personId, Changes changes) {
		List<Qualification> wanted = item.value().qualifications();
		List<Qualification> held = people.get(personId).qualifications();
		if (wanted == null || wanted.isEmpty() && held.isEmpty()) {
			return;
		}
		changes.apply(new Item<>(item.at(), item.key(), item.key()), "qualifications", held.isEmpty() ? null : held,
				() -> Set.copyOf(held).equals(Set.copyOf(wanted)), () -> people.qualify(personId, wanted));
	}

	private void serve(Item<PersonEntry> item, long personId, String layer, Changes changes) {
		PersonEntry person = item.value();
		String post = person.post() != null ? person.post() : person.definition().roles().get(0);
		var served = teams.gridsOf(personId).stream()
			.filter(m -> m.layerCode().equals(layer) && m.role().equals(post)).map(m -> m.gridCode()).toList();
		for (String grid : person.grids()) {
			var at = new Item<>(item.at(), item.key() + " in " + grid, grid);
			changes.apply(at, "team", served.contains(grid) ? grid : null, () -> true,
					() -> teams.assign(layer, grid, personId, post));
		}
	}

	private void account(Item<PersonEntry> item, long personId, Changes changes, String actor) {
		String username = item.value().username();
		if (username == null) {
			return;
		}
		var definition = item.value().definition();
		Account stored = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElse(null);
		var at = new Item<>(item.at(), username, username);
		changes.apply(at, "account", stored, () -> stored.displayName().equals(definition.name())
				&& Set.copyOf(stored.roles()).equals(Set.copyOf(definition.roles()))
				&& Objects.equals(stored.personId(), personId) && stored.enabled(), () -> {
					var request = new AccountRequest(username, definition.name(), stored == null ? password() : null,
							definition.roles(), personId, true);
					if (stored == null) {
						accounts.create(request, actor, false);
					}
					else {
						accounts.update(stored.id(), request, actor);
					}
				});
	}

	private void duty(Item<DutyRule> item, Map<String, Long> ids, Changes changes) {
		DutyRule rule = item.value();
		LocalDate today = calendar.today();
		for (int day = 0; day < rule.days(); day++) {
			LocalDate date = today.plusDays(day);
			if (rule.workingDaysOnly() && !calendar.isWorkingDay(date)) {
				continue;
			}
			Instant start = date.atTime(rule.start()).atZone(calendar.zone()).toInstant();
			Instant end = (rule.end().isAfter(rule.start()) ? date : date.plusDays(1)).atTime(rule.end())
				.atZone(calendar.zone()).toInstant();
			for (String key : rule.people()) {
				long personId = ids.get(key);
				boolean held = roster.shifts(rule.unit(), start, end).stream()
					.anyMatch(s -> s.personId() == personId && s.duty().equals(rule.duty())
							&& s.startsAt().equals(start) && s.endsAt().equals(end));
				var at = new Item<>(item.at(), rule.unit() + " " + rule.duty() + " " + key + " " + date, key);
				changes.apply(at, "shift", held ? key : null, () -> true,
						() -> roster.add(rule.unit(), new ShiftRequest(personId, rule.duty(), start, end)));
			}
		}
	}

	private static boolean sameTemplate(TeamTemplate stored, TeamTemplate wanted) {
		return stored.name().equals(wanted.name()) && Objects.equals(stored.levelName(), wanted.levelName())
				&& Set.copyOf(stored.slots()).equals(Set.copyOf(wanted.slots()));
	}

	private static boolean samePerson(Person stored, PersonDefinition wanted) {
		return Objects.equals(stored.phone(), wanted.phone())
				&& Objects.equals(stored.departmentCode(), wanted.departmentCode())
				&& Set.copyOf(stored.roles()).equals(Set.copyOf(wanted.roles()))
				&& stored.generated() == Boolean.TRUE.equals(wanted.generated());
	}

	private static String password() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
