package org.onegrid.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthReportsTheDatabase() {
		var health = api.get("/actuator/health").body();
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("db").path("details").path("database").asString())
			.isEqualTo("PostgreSQL");
	}

	@Test
	void flywayOwnsTheSchema() {
		Integer applied = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class)
			.single();
		assertThat(applied).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("SELECT to_regclass('grid')::text").query(String.class).single()).isEqualTo("grid");
	}

	/**
	 * The case tallies' update trigger pairs old and new rows by hashing, never by comparing every pair: its plan is
	 * kept per session, usually made for one case, and then also serves a light sweep's batch of thousands.
	 */
	@Test
	void theTallyTriggerNeverPairsRowsInANestedLoop() {
		assertThat(jdbc.sql("SELECT array_to_string(proconfig, ',') FROM pg_proc WHERE proname = 'case_tally_changed'")
			.query(String.class).single()).contains("enable_nestloop=off");
	}

	@Test
	void sessionsRunWithoutTheJitCompiler() {
		assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
	}
}
