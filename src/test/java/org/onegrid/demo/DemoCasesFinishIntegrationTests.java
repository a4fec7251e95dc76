package org.onegrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onegrid.OneGridApplication;
import org.onegrid.SeparateDatabase;
import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.Authorization;
import org.onegrid.access.Caller;
import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.cases.ActionRequest;
import org.onegrid.cases.CaseView;
import org.onegrid.cases.Intake;
import org.onegrid.cases.Lifecycle;
import org.onegrid.cases.NewCase;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MajorClass;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.geo.Crs;
import org.onegrid.grid.GridLocator;
import org.onegrid.grid.Location;
import org.onegrid.people.Department;
import org.onegrid.people.DepartmentDirectory;
import org.onegrid.people.Platform;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In the demo district every path finishes: a case of every category, sent where the responsibility matrix says, in
 * every street, and a case sent to every department and platform the demo lists, is signed for, handled and fed
 * back by someone with a real account there, checked and closed. Nothing is left where nobody can take it up.
 */
class DemoCasesFinishIntegrationTests {

	private static ConfigurableApplicationContext demo;

	private static List<Grant> staff;

	@BeforeAll
	static void startTheDemo() {
		demo = new SpringApplicationBuilder(OneGridApplication.class).profiles("demo")
			.web(WebApplicationType.NONE)
			.run(SeparateDatabase.arguments("demo_walk"));
		Authorization authorization = demo.getBean(Authorization.class);
		staff = new ArrayList<>();
		for (Account account : demo.getBean(AccountDirectory.class).all()) {
			if (account.enabled() && account.personId() != null) {
				staff.add(authorization.of(new Caller(account.id(), account.username(), account.displayName(),
						account.roles(), account.personId())));
			}
		}
	}

	@AfterAll
	static void stopTheDemo() {
		demo.close();
	}

	@Test
	void everyCategoryInEveryStreetAndEveryDepartmentAndPlatformEndsClosed() {
		Map<String, double[]> streets = onePointPerStreet();
		assertThat(streets).hasSizeGreaterThan(10);
		double[] anywhere = streets.values().iterator().next();
		List<String> stuck = new ArrayList<>();
		Catalogue catalogue = demo.getBean(Catalogue.class);
		for (Kind kind : Kind.values()) {
			for (MajorClass major : catalogue.tree(kind)) {
				for (MinorClass minor : major.minorClasses()) {
					boolean territorial = minor.defaultDepartment() == null;
					for (var street : territorial ? streets.entrySet() : List.of(Map.entry("any", anywhere))) {
						walk(minor, street.getValue(), null, stuck);
					}
				}
			}
		}
		DepartmentDirectory directory = demo.getBean(DepartmentDirectory.class);
		MinorClass pothole = catalogue.minorClass(Kind.COMPONENT, "0201");
		for (Department department : directory.departments()) {
			walk(pothole, anywhere, department.code(), stuck);
		}
		for (Platform platform : directory.platforms()) {
			walk(pothole, anywhere, platform.code(), stuck);
		}
		assertThat(stuck).as("cases that could not be finished").isEmpty();
	}

	/** Reports, files, dispatches (to {@code target}, or where the matrix says), handles and closes one case. */
	private void walk(MinorClass minor, double[] at, String target, List<String> stuck) {
		Grant system = Grant.system("demo-walk");
		Lifecycle lifecycle = demo.getBean(Lifecycle.class);
		CaseView view = demo.getBean(Intake.class).report(new NewCase(null, "PATROL", null, null, "walker",
				minor.kind().name(), minor.code(), null, null, null, "走通测试 / Walk-through", null, at[0], at[1], null,
				null, null), system).view();
		long id = view.id();
		String where = minor.code() + (target == null ? "" : " to " + target) + " at " + at[0] + "," + at[1];
		try {
			lifecycle.act(id, "accept", ActionRequest.by("walker", null), system);
			lifecycle.act(id, "file", withCondition(), system);
			lifecycle.act(id, "dispatch", to(target), system);
			Grant handler = staff.stream().filter(grant -> !grant.all() && tries(lifecycle, id, "sign", grant))
				.findFirst().orElse(null);
			if (handler == null) {
				stuck.add(where + ": nobody could sign for it");
				return;
			}
			lifecycle.act(id, "feedback", note(), handler);
			lifecycle.act(id, "check", passed(), system);
			CaseView closed = lifecycle.act(id, "close", withCondition(), system);
			if (closed.open()) {
				stuck.add(where + ": still " + closed.state());
			}
		}
		catch (ApiProblem problem) {
			stuck.add(where + ": " + problem.getMessage());
		}
	}

	private static boolean tries(Lifecycle lifecycle, long id, String action, Grant grant) {
		try {
			lifecycle.act(id, action, ActionRequest.by(null, null), grant);
			return true;
		}
		catch (ApiProblem refused) {
			return false;
		}
	}

	private static Map<String, double[]> onePointPerStreet() {
		GridLocator locator = demo.getBean(GridLocator.class);
		Map<String, double[]> streets = new LinkedHashMap<>();
		for (double lon = 121.03; lon < 121.37; lon += 0.01) {
			for (double lat = 30.90; lat < 31.16; lat += 0.01) {
				Location location = locator.locate(lon, lat, Crs.WGS84);
				for (Location.LayerPath layer : location.layers()) {
					if (layer.layer().equals("ops")) {
						layer.path().stream().filter(grid -> grid.level() == 1).findFirst()
							.ifPresent(street -> streets.putIfAbsent(street.code(),
									new double[] { location.lon(), location.lat() }));
					}
				}
			}
		}
		return streets;
	}

	private static ActionRequest withCondition() {
		return new ActionRequest(null, "walker", null, null, null, null, null, true, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}

	private static ActionRequest to(String department) {
		return new ActionRequest(null, "walker", null, null, null, null, null, null, null, null, null, null, department,
				null, null, null, null, null, null, null, null, null);
	}

	private static ActionRequest note() {
		return new ActionRequest(null, null, null, "已处理 / Handled", null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
	}

	private static ActionRequest passed() {
		return new ActionRequest(null, "walker", null, null, null, null, null, null, null, null, null, null, null, null,
				null, true, null, null, null, null, null, null);
	}
}
