package org.onegrid.bench;

import java.util.List;
import java.util.Locale;

import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.Caller;
import org.onegrid.access.Grant;
import org.onegrid.cases.ActionRequest;
import org.onegrid.cases.Intake;
import org.onegrid.cases.Lifecycle;
import org.onegrid.cases.NewCase;
import org.onegrid.grid.CodeRule;
import org.onegrid.grid.GridImport;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.ImportMapping;
import org.onegrid.grid.LayerDefinition;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.UnitDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the generated cases are copied from and who reads them: the layer of {@link CaseScaleData}, a handler for
 * municipal works, two patrol reports in grid {@value CaseScaleData#TEMPLATE_GRID} taken in and handled through the
 * product's Java API (one closed after its check, one left with the department), and, per street, a street leader
 * with an account, whose unit is linked to the street's grid.
 */
final class CaseScaleTemplates {

	private static final Grant BENCH = Grant.system("bench");

	private static final ActionRequest PLAIN = ActionRequest.by("op-1", "dispatcher");

	private CaseScaleTemplates() {
	}

	/** The ids of the closed and of the open template. */
	static long[] make(ConfigurableApplicationContext context) {
		context.getBean(GridLayers.class).define(new LayerDefinition("ops", "城运网格", "ops", List.of("区", "街道", "网格"),
				CodeRule.FREE, null, null, null));
		context.getBean(GridImport.class).importLayer("ops", JsonMapper.builder().build()
			.readTree(CaseScaleData.features()), ImportMapping.DEFAULT);
		BenchStaff.hireHandler(context);
		Intake intake = context.getBean(Intake.class);
		Lifecycle lifecycle = context.getBean(Lifecycle.class);
		long closed = report(intake, "template-closed");
		long open = report(intake, "template-open");
		for (long id : new long[] { closed, open }) {
			lifecycle.act(id, "accept", PLAIN, BENCH);
			lifecycle.act(id, "file", request("已核实 / Confirmed", true, null), BENCH);
			lifecycle.act(id, "dispatch", PLAIN, BENCH);
			lifecycle.act(id, "sign", PLAIN, BENCH);
		}
		lifecycle.act(closed, "feedback", request("已修补 / Patched", null, null), BENCH);
		lifecycle.act(closed, "check", request(null, null, true), BENCH);
		lifecycle.act(closed, "close", request("已核实 / Confirmed", true, null), BENCH);
		return new long[] { closed, open };
	}

	/** The leader of street {@code s}, with an account, as the people who watch a street's screens are. */
	static Caller leader(ConfigurableApplicationContext context, int s) {
		String street = CaseScaleData.street(s).toLowerCase(Locale.ROOT);
		String unit = "scale-" + street;
		String username = "leader-" + street;
		Organisation organisation = context.getBean(Organisation.class);
		if (!organisation.exists(unit)) {
			organisation.define(new UnitDefinition(unit, "街道" + s, "STREET", null, "ops", CaseScaleData.street(s),
					false));
		}
		AccountDirectory accounts = context.getBean(AccountDirectory.class);
		Account account = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst()
			.orElseGet(() -> {
				long person = context.getBean(People.class).add(new PersonDefinition("街道领导" + s, null, unit, null,
						List.of("leader"), false)).id();
				return accounts.create(new AccountDirectory.AccountRequest(username, "街道领导" + s,
						BenchLogin.PASSWORD, List.of("leader"), person, true), "bench", false);
			});
		return new Caller(account.id(), account.username(), account.displayName(), account.roles(),
				account.personId());
	}

	private static long report(Intake intake, String requestId) {
		return intake.report(new NewCase(requestId, "PATROL", null, null, "worker-1", "COMPONENT", "0201", null, null,
				null, "路面坑槽 / Pothole", "人民路 1 号", 30.005, 20.005, null, null, null), BENCH).view().id();
	}

	private static ActionRequest request(String note, Boolean conditionMet, Boolean passed) {
		return new ActionRequest(null, "op-1", "dispatcher", note, null, null, null, conditionMet, null, null, null,
				null, null, null, null, passed, null, null, null, null, null, null);
	}
}
