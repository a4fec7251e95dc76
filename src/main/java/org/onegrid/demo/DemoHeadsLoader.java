package org.onegrid.demo;

import java.util.List;
import java.util.Set;

import org.onegrid.access.AccountDirectory;
import org.onegrid.access.AccountDirectory.AccountRequest;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A head (负责人) for the demo district and each of its streets, with a sign-in account ({@code head-<unit code>},
 * the demo password), so that an alert about any street reaches a real person even where no duty roster is kept.
 * A street's own leader heads it where the demo has one; elsewhere the head is generated and marked so.
 */
@Component
@Profile("demo")
@Order(15)
class DemoHeadsLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHeadsLoader.class);

	private static final Set<UnitKind> HEADED = Set.of(UnitKind.DISTRICT, UnitKind.STREET);

	private final Organisation organisation;

	private final People people;

	private final AccountDirectory accounts;

	DemoHeadsLoader(Organisation organisation, People people, AccountDirectory accounts) {
		this.organisation = organisation;
		this.people = people;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		var names = new GeneratedNames();
		List<String> usernames = accounts.all().stream().map(account -> account.username()).toList();
		int appointed = 0;
		for (OrgUnit unit : organisation.list()) {
			if (!HEADED.contains(unit.kind()) || !unit.generated()) {
				continue;
			}
			Long head = unit.headPersonId();
			if (head == null) {
				head = people.list(unit.code(), null, "leader").stream()
					.filter(leader -> leader.departmentCode() == null)
					.findFirst()
					.map(leader -> leader.id())
					.orElseGet(() -> people.add(new PersonDefinition(names.next() + "(示例负责人)", null,
							unit.code(), null, List.of("leader"), true)).id());
				organisation.appointHead(unit.code(), head);
				appointed++;
			}
			String username = "head-" + unit.code();
			if (!usernames.contains(username)) {
				accounts.create(new AccountRequest(username, unit.name() + "负责人 Head of " + unit.code(),
						DemoAccountsLoader.PASSWORD, List.of("leader"), head, true), "demo", true);
			}
		}
		if (appointed > 0) {
			log.info("Demo heads appointed for {} units, each with an account head-<unit code>", appointed);
		}
	}
}
