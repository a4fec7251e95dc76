package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.OneGridApplication;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three instances on one database, each with its own clock set to the same moment, sweep the same due lights at
 * once, as identical instances behind a
 * load balancer do at the end of a working day: every light turns exactly once, with one timeline entry and one
 * version step, and every one of them reaches a person or the queue of unassigned alerts.
 */
@IntegrationTest
@Tag("instances")
class SweepInstancesIntegrationTests {

	private static final int CASES = 60;

	/** Small batches, so that the instances' passes interleave over the burst. */
	private static final int BATCH = 4;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void threeInstancesTurnEveryDueLightExactlyOnce() throws Exception {
		CaseFixtures cases = new CaseFixtures(api);
		clock.setShanghai("2026-06-08T09:00");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			ids.add(cases.filed(""));
		}
		List<Integer> versions = ids.stream().map(id -> cases.get(id).path("version").asInt()).toList();
		clock.setShanghai("2026-06-22T09:00");
		try (var first = instance(); var second = instance(); var third = instance()) {
			List<ConfigurableApplicationContext> instances = List.of(first, second, third);
			instances.forEach(instance -> instance.getBean(TestClock.class).set(clock.instant()));
			List<Integer> turned = sweepTogether(instances.stream().map(i -> i.getBean(LightSweep.class)).toList());
			assertThat(turned.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(CASES);
			assertThat(turned).as("lights each instance turned").filteredOn(count -> count > 0).hasSizeGreaterThan(1);
		}
		for (int i = 0; i < CASES; i++) {
			var c = cases.get(ids.get(i));
			List<String> lights = CaseFixtures.strings(c.path("timeline"), "action").stream()
				.filter(action -> action.startsWith("light-"))
				.toList();
			assertThat(lights).as("case %d", ids.get(i)).containsExactly("light-red");
			assertThat(c.path("version").asInt()).isEqualTo(versions.get(i) + 1);
			assertThat(alertsOf(ids.get(i))).as("alerts of case %d", ids.get(i)).isPositive();
		}
	}

	/** Every instance sweeps at once until nothing is due; the lights each turned. */
	private static List<Integer> sweepTogether(List<LightSweep> sweeps) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(sweeps.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> passes = new ArrayList<>();
			for (LightSweep each : sweeps) {
				passes.add(threads.submit(() -> {
					start.await();
					int turned = 0;
					for (int pass = 0; pass < 5; pass++) {
						turned += each.sweep();
					}
					return turned;
				}));
			}
			start.countDown();
			List<Integer> turned = new ArrayList<>();
			for (Future<Integer> pass : passes) {
				turned.add(pass.get());
			}
			return turned;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** Notices to people and unassigned alerts about the case's red light, waiting for their delivery. */
	private int alertsOf(long caseId) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			int alerts = jdbc.sql("SELECT (SELECT count(*) FROM notification WHERE case_id = :id AND kind = 'light-red')"
					+ " + (SELECT count(*) FROM unassigned_alert WHERE case_id = :id AND kind = 'light-red')")
				.param("id", caseId)
				.query(Integer.class)
				.single();
			if (alerts > 0) {
				return alerts;
			}
			Thread.sleep(100);
		}
		return 0;
	}

	/** Another instance of the whole application on the shared test database, with a clock of its own. */
	private ConfigurableApplicationContext instance() throws SQLException {
		String url;
		String user;
		try (var connection = dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
			user = connection.getMetaData().getUserName();
		}
		return new SpringApplicationBuilder(OneGridApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean("ownTestClock", TestClock.class,
					TestClock::new, definition -> definition.setPrimary(true)))
			.run("--server.port=0",
				"--onegrid.db.url=" + url, "--onegrid.db.user=" + user, "--onegrid.db.pool-size=4",
					"--onegrid.cases.sweep-batch=" + BATCH);
	}

}
