package org.onegrid.bench;

import java.util.List;

import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.Authorization;
import org.onegrid.access.Caller;
import org.onegrid.access.Grant;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.UnitDefinition;
import org.springframework.context.ApplicationContext;

/**
 * The people a benchmark case passes through, each with an account and the district's default roles: a full-time
 * grid worker of the micro-grid M9111, who reports and checks; a shift leader of the command centre bound to the
 * district D9, who accepts, files, dispatches and closes; and a handler of the department the cases go to (municipal
 * works), who signs and feeds back, since OneGrid sends a case only where someone can take it up. Each step acts
 * with a grant worked out afresh from the account as it stands, as every request does, so that the benchmark pays
 * for the account, the roles and the data scope a real caller costs.
 */
final class BenchStaff {

	final long worker;

	final long leader;

	final long handler;

	private final AccountDirectory accounts;

	private final Authorization authorization;

	private BenchStaff(ApplicationContext context, long worker, long leader, long handler) {
		this.accounts = context.getBean(AccountDirectory.class);
		this.authorization = context.getBean(Authorization.class);
		this.worker = worker;
		this.leader = leader;
		this.handler = handler;
	}

	/** Hires the whole staff; needs the layer of {@link BenchGrid}. */
	static BenchStaff hire(ApplicationContext context) {
		long handler = hireHandler(context);
		Organisation organisation = context.getBean(Organisation.class);
		if (!organisation.exists("bench-centre")) {
			organisation.define(new UnitDefinition("bench-centre", "九区城运中心", "CENTRE", null, "ops", "D9", false));
		}
		long worker = hire(context, "网格员", "bench-centre", null, "full-time-worker");
		context.getBean(GridTeams.class).assign("ops", "M9111", personOf(context, worker), "full-time-worker");
		long leader = hire(context, "值班长", "bench-centre", null, "shift-leader");
		return new BenchStaff(context, worker, leader, handler);
	}

	/** Hires the municipal-works handler alone, for benchmarks that act as the system; returns their account. */
	static long hireHandler(ApplicationContext context) {
		Organisation organisation = context.getBean(Organisation.class);
		if (!organisation.exists("bench-works")) {
			organisation.define(new UnitDefinition("bench-works", "市政所", "DISTRICT", null, null, null, false));
		}
		return hire(context, "处置员", "bench-works", "municipal-works", "handler");
	}

	/** The account's grant as a request works it out: the account read as it stands, then its roles and scope. */
	Grant grant(long account) {
		Account standing = accounts.get(account);
		return authorization.of(new Caller(standing.id(), standing.username(), standing.displayName(),
				standing.roles(), standing.personId()));
	}

	private static long hire(ApplicationContext context, String name, String unit, String department, String role) {
		long person = context.getBean(People.class).add(new PersonDefinition(name, null, unit, department,
				List.of(role), false)).id();
		return context.getBean(AccountDirectory.class).create(new AccountDirectory.AccountRequest("bench-" + role + "-"
				+ person, name, BenchLogin.PASSWORD, List.of(role), person, true), "bench", false).id();
	}

	private static long personOf(ApplicationContext context, long account) {
		return context.getBean(AccountDirectory.class).get(account).personId();
	}
}
