package org.onegrid.demo;

import java.util.List;

import org.onegrid.access.AccountDirectory;
import org.onegrid.access.AccountDirectory.AccountRequest;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.onegrid.people.PersonDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo sign-in accounts, one per role, each linked to a generated person of that role where the demo organisation
 * has one (so a grid chief sees their grids and a handler their department's cases). They all share the password
 * {@value #PASSWORD}, printed in the README: demo use only. OneGrid refuses to start outside the demo profile while
 * these passwords are in place.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccountsLoader implements ApplicationRunner {

	static final String PASSWORD = "onegrid-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsLoader.class);

	private static final List<String[]> ACCOUNTS = List.of(new String[] { "admin", "admin", "管理员 Administrator" },
			new String[] { "leader", "leader", "街道领导 Street leader" },
			new String[] { "shift-leader", "shift-leader", "值班长 Shift leader" },
			new String[] { "dispatcher", "dispatcher", "派遣员 Dispatcher" },
			new String[] { "intake", "intake-operator", "受理员 Intake operator" },
			new String[] { "grid-chief", "grid-chief", "网格长 Grid chief" },
			new String[] { "worker", "full-time-worker", "专职网格员 Grid worker" },
			new String[] { "handler", "handler", "处置人员 Handler (municipal works)" },
			new String[] { "citizen", "citizen", "市民 Citizen" });

	private final AccountDirectory accounts;

	private final People people;

	DemoAccountsLoader(AccountDirectory accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> existing = accounts.all().stream().map(account -> account.username()).toList();
		int created = 0;
		for (String[] account : ACCOUNTS) {
			if (existing.contains(account[0])) {
				continue;
			}
			Long person = personFor(account[1]);
			accounts.create(new AccountRequest(account[0], account[2], PASSWORD, List.of(account[1]), person, true),
					"demo", true);
			created++;
		}
		if (created > 0) {
			log.info("Created {} demo accounts (password {}; demo use only)", created, PASSWORD);
		}
	}

	private Long personFor(String role) {
		if ("handler".equals(role)) {
			return people.list(null, "municipal-works", "handler").stream().findFirst().map(Person::id)
				.or(() -> people.list(null, null, "leader").stream().findFirst()
					.map(leader -> people.add(new PersonDefinition("市政处置员(示例) Demo handler", null,
							leader.unitCode(), "municipal-works", List.of("handler"), true)).id()))
				.orElse(null);
		}
		if ("citizen".equals(role) || "admin".equals(role)) {
			return null;
		}
		return people.list(null, null, role).stream().findFirst().map(Person::id).orElse(null);
	}
}
