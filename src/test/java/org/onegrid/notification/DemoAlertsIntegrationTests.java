package org.onegrid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onegrid.OneGridApplication;
import org.onegrid.SeparateDatabase;
import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In the demo district, every alert about any grid of the operations layer, this week and after the week's roster
 * has run out, reaches at least one person who has an account to read it.
 */
class DemoAlertsIntegrationTests {

	private static ConfigurableApplicationContext demo;

	@BeforeAll
	static void startTheDemo() {
		demo = new SpringApplicationBuilder(OneGridApplication.class).profiles("demo")
			.web(WebApplicationType.NONE)
			.run(SeparateDatabase.arguments("demo_alerts"));
	}

	@AfterAll
	static void stopTheDemo() {
		demo.close();
	}

	@Test
	void everyAlertInTheDemoReachesARealAccount() {
		DutyAlerts alerts = demo.getBean(DutyAlerts.class);
		Set<Long> withAccounts = demo.getBean(AccountDirectory.class).all().stream()
			.filter(Account::enabled)
			.map(Account::personId)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		List<GridSummary> grids = demo.getBean(GridLayers.class).grids("ops", null, null);
		assertThat(grids).hasSizeGreaterThan(300);
		Instant now = demo.getBean(Clock.class).instant();
		for (Instant at : List.of(now, now.plus(Duration.ofDays(10)))) {
			AlertRouting routing = alerts.routing(at);
			List<String> unreached = new ArrayList<>();
			for (GridSummary grid : grids) {
				List<Long> people = routing.recipients("ops", grid.code()).people();
				if (people.isEmpty() || !withAccounts.containsAll(people)) {
					unreached.add(grid.code() + " " + grid.name());
				}
			}
			assertThat(unreached).as("grids whose alerts reach no account at " + at).isEmpty();
		}
	}
}
