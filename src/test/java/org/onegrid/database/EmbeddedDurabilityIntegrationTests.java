package org.onegrid.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.SeparateDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database as the application starts it with its own configuration alone, without the tests' faster
 * settings.
 */
class EmbeddedDurabilityIntegrationTests {

	@Test
	void embeddedDefaultFlushesEveryCommitToDisk() {
		assumeTrue(System.getenv("ONEGRID_DB_URL") == null || System.getenv("ONEGRID_DB_URL").isBlank(),
				"the tests run against an external server");
		List<String> arguments = new ArrayList<>(List.of(SeparateDatabase.arguments("durable-default")));
		arguments.add("--spring.config.location=classpath:/application.yml");
		try (var context = new SpringApplicationBuilder(DatabaseConfiguration.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new))) {
			var jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
		}
	}
}
