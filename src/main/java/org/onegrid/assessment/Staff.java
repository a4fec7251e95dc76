package org.onegrid.assessment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.people.GridTeams;
import org.onegrid.people.People;
import org.onegrid.people.TeamMember;
import org.springframework.stereotype.Component;

/**
 * The people behind the accounts that assessed steps name, asked of the people and access modules' public APIs: who
 * serves a case's grids, which person an account belongs to, and that person's unit.
 */
@Component
class Staff {

	private final AccountDirectory accounts;

	private final GridTeams teams;

	private final People people;

	Staff(AccountDirectory accounts, GridTeams teams, People people) {
		this.accounts = accounts;
		this.teams = teams;
		this.people = people;
	}

	/** The usernames of the accounts of every person on the team of one of the grids of {@code layer}. */
	Set<String> teamAccounts(String layer, Collection<String> grids) {
		Set<Long> persons = teams.teamsOf(layer, grids).stream().map(TeamMember::personId).collect(Collectors.toSet());
		if (persons.isEmpty()) {
			return Set.of();
		}
		return accounts.all().stream()
			.filter(account -> account.personId() != null && persons.contains(account.personId()))
			.map(Account::username)
			.collect(Collectors.toSet());
	}

	/** The person behind each account that has one, by username. */
	Map<String, Long> personsByUsername() {
		return accounts.all().stream()
			.filter(account -> account.personId() != null)
			.collect(Collectors.toMap(Account::username, Account::personId, (a, b) -> a));
	}

	/** The grids whose teams the person serves, as {@code layer} to grid codes. */
	Map<String, Set<String>> gridsServedBy(long personId) {
		return teams.gridsOf(personId).stream().collect(Collectors.groupingBy(TeamMember::layerCode,
				Collectors.mapping(TeamMember::gridCode, Collectors.toSet())));
	}

	boolean isPerson(long personId) {
		return people.exists(personId);
	}

	/** The person's unit, or empty when the person is unknown. */
	Optional<String> unitOf(long personId) {
		return people.exists(personId) ? Optional.ofNullable(people.get(personId).unitCode()) : Optional.empty();
	}
}
