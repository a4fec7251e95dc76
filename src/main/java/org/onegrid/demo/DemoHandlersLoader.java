package org.onegrid.demo;

import java.util.List;
import java.util.Set;

import org.onegrid.access.AccountDirectory;
import org.onegrid.access.AccountDirectory.AccountRequest;
import org.onegrid.people.Department;
import org.onegrid.people.DepartmentDirectory;
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
 * Someone to take up every case the demo can send anywhere: a handler with an account for every department (and
 * so for every platform, whose departments take up its cases), named {@code handler-<department code>}; a
 * territorial handler for each street, {@code handler-<street code>}, for what no department owns; and a
 * dispatcher at the district, {@code dispatcher-<district code>}, who takes over what a street escalates. All use
 * the demo password; every person is generated and marked so.
 */
@Component
@Profile("demo")
@Order(16)
class DemoHandlersLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHandlersLoader.class);

	private final Organisation organisation;

	private final DepartmentDirectory departments;

	private final People people;

	private final AccountDirectory accounts;

	DemoHandlersLoader(Organisation organisation, DepartmentDirectory departments, People people,
			AccountDirectory accounts) {
		this.organisation = organisation;
		this.departments = departments;
		this.people = people;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		OrgUnit district = organisation.list().stream().filter(unit -> unit.kind() == UnitKind.DISTRICT)
			.filter(OrgUnit::generated).findFirst().orElse(null);
		if (district == null) {
			return;
		}
		Set<String> usernames = Set.copyOf(accounts.all().stream().map(account -> account.username()).toList());
		var names = new GeneratedNames();
		int created = 0;
		for (Department department : departments.departments()) {
			String unit = department.unitCode() != null ? department.unitCode() : district.code();
			created += ensure(usernames, names, "handler-" + department.code(), unit, department.code(), "handler",
					department.nameZh() + "处置人员 Handler, " + department.nameEn());
		}
		for (OrgUnit street : organisation.list()) {
			if (street.kind() == UnitKind.STREET && street.generated()) {
				created += ensure(usernames, names, "handler-" + street.code(), street.code(), null,
						"territorial-handler", street.name() + "属地处置人员 Territorial handler");
			}
		}
		created += ensure(usernames, names, "dispatcher-" + district.code(), district.code(), null, "dispatcher",
				district.name() + "派遣员 District dispatcher");
		if (created > 0) {
			log.info("Demo handlers: {} accounts so that every department, platform and street has someone", created);
		}
	}

	private int ensure(Set<String> usernames, GeneratedNames names, String username, String unit, String department,
			String role, String displayName) {
		if (usernames.contains(username)) {
			return 0;
		}
		long person = people.add(new PersonDefinition(names.next(), null, unit, department, List.of(role), true)).id();
		accounts.create(new AccountRequest(username, displayName, DemoAccountsLoader.PASSWORD, List.of(role), person,
				true), "demo", true);
		return 1;
	}
}
