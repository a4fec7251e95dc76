package org.onegrid.bench;

import java.util.List;

import org.onegrid.access.AccountDirectory;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.UnitDefinition;
import org.springframework.context.ApplicationContext;

/**
 * A handler with an account for the department the benchmark's cases are dispatched to (municipal works), since
 * OneGrid sends a case only where someone can take it up, as in a real district.
 */
final class BenchStaff {

	private BenchStaff() {
	}

	static void hire(ApplicationContext context) {
		Organisation organisation = context.getBean(Organisation.class);
		if (!organisation.exists("bench-works")) {
			organisation.define(new UnitDefinition("bench-works", "市政所", "DISTRICT", null, null, null, false));
		}
		long person = context.getBean(People.class).add(new PersonDefinition("处置员", null, "bench-works",
				"municipal-works", List.of("handler"), false)).id();
		context.getBean(AccountDirectory.class).create(new AccountDirectory.AccountRequest("bench-handler-" + person,
				"处置员", BenchLogin.PASSWORD, List.of("handler"), person, true), "bench", false);
	}
}
