package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * While another session holds the fold's lock, no instance folds the kept case counts: after a minute the health
 * reads STALLED with the changes waiting, and once a fold runs again it reads UP with nothing pending.
 */
@IntegrationTest
class TallyHealthIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TallyHealth health;

	@Autowired
	TallyFolding folding;

	@Autowired
	TestClock clock;

	@Autowired
	DataSource dataSource;

	@Test
	void readsStalledWhenNothingFoldsForOverAMinuteAndUpOnceFolded() throws Exception {
		CaseFixtures cases = new CaseFixtures(api);
		try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
			statement.execute("SELECT pg_advisory_lock(hashtext('case_tally'))");
			try {
				cases.report(CaseFixtures.patrolReport(""));
				assertThat(health.health().getStatus()).isEqualTo(Status.UP);
				clock.advance(Duration.ofSeconds(59));
				assertThat(health.health().getStatus()).as("not yet a minute").isEqualTo(Status.UP);
				clock.advance(Duration.ofSeconds(2));
				Health stalled = health.health();
				assertThat(stalled.getStatus()).isEqualTo(TallyHealth.STALLED);
				assertThat((Long) stalled.getDetails().get("pending")).isPositive();
				assertThat(stalled.getDetails().get("oldestSeenForSeconds")).isEqualTo(61L);
				TestApi.Response overall = api.get("/actuator/health");
				assertThat(overall.status()).as("instances stay in service").isEqualTo(200);
				assertThat(overall.body().path("status").asString()).isEqualTo("UP");
				assertThat(overall.body().path("components").path("caseTally").path("status").asString())
					.isEqualTo("STALLED");
			}
			finally {
				statement.execute("SELECT pg_advisory_unlock(hashtext('case_tally'))");
			}
		}
		folding.fold();
		Health folded = health.health();
		assertThat(folded.getStatus()).isEqualTo(Status.UP);
		assertThat(folded.getDetails().get("pending")).isEqualTo(0);
	}
}
