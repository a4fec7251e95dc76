package org.onegrid.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.onegrid.OneGridApplication;
import org.onegrid.TestApi;
import org.onegrid.access.ApiTokenIssuer;
import org.onegrid.access.Caller;
import org.onegrid.access.SignIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * deploy/postgres/least-privilege.sql on a server of OneGrid's own: run before the first start, the owner role
 * migrates the schema, the application starts and serves calls as the application role, and that role can read
 * and write rows but not change the schema, Flyway's history, or the append-only records, TRUNCATE included.
 */
class LeastPrivilegeIntegrationTests {

	private static final Path SCRIPT = Path.of("deploy/postgres/least-privilege.sql");

	private static final List<String> APPEND_ONLY = List.of("audit_log", "case_timeline");

	@Test
	void applicationRoleWritesRowsButCannotRewriteTheRecords() throws Exception {
		assumeTrue(System.getenv("ONEGRID_DB_URL") == null || System.getenv("ONEGRID_DB_URL").isBlank(),
				"creates roles, which a shared server keeps for every database");
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of("target/pg-least-privilege"))
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "off")
			.start()) {
			String base = "jdbc:postgresql://localhost:" + server.getPort() + "/";
			try (Connection postgres = DriverManager.getConnection(base + "postgres", "postgres", "");
					Statement statement = postgres.createStatement()) {
				statement.execute("CREATE DATABASE onegrid");
			}
			asSuperuser(base + "onegrid", Files.readString(SCRIPT)
					+ ";ALTER ROLE onegrid_owner PASSWORD 'owner-password';"
					+ "ALTER ROLE onegrid_app PASSWORD 'app-password'");

			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OneGridApplication.class).run(
					"--onegrid.db.url=" + base + "onegrid", "--onegrid.db.user=onegrid_app",
					"--onegrid.db.password=app-password", "--onegrid.db.migration-user=onegrid_owner",
					"--onegrid.db.migration-password=owner-password", "--server.port=0")) {
				JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
				assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("onegrid_app");
				assertThat(jdbc.sql("SELECT DISTINCT installed_by FROM flyway_schema_history").query(String.class)
					.list()).containsExactly("onegrid_owner");
				assertThat(jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
					.query(String.class).list()).containsExactly("onegrid_owner");

				servesSignedInCalls(app);
				writesRowsButNotTheRecords(app.getBean(DataSource.class));

				asSuperuser(base + "onegrid", Files.readString(SCRIPT));
				for (String table : APPEND_ONLY) {
					assertThat(jdbc.sql("SELECT has_table_privilege('onegrid_app', ?, 'UPDATE') "
							+ "OR has_table_privilege('onegrid_app', ?, 'DELETE') "
							+ "OR has_table_privilege('onegrid_app', ?, 'TRUNCATE')")
						.params(table, table, table).query(Boolean.class).single()).as(table).isFalse();
				}
				writesRowsButNotTheRecords(app.getBean(DataSource.class));
			}
		}
	}

	private static void servesSignedInCalls(ConfigurableApplicationContext app) throws Exception {
		Caller admin = app.getBean(SignIn.class).authenticate("admin", TestApi.ADMIN_PASSWORD);
		String token = app.getBean(ApiTokenIssuer.class).issue(admin, "least-privilege", 1).secret();
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> verdict = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit/verify"))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(verdict.statusCode()).as(verdict.body()).isEqualTo(200);
		assertThat(TestApi.parse(verdict.body()).path("intact").asBoolean()).as(verdict.body()).isTrue();
		assertThat(TestApi.parse(verdict.body()).path("checked").asLong()).isGreaterThanOrEqualTo(2);
	}

	private static void writesRowsButNotTheRecords(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(statement.executeUpdate("INSERT INTO audit_log (at, actor, action) "
					+ "VALUES (now(), 'least-privilege', 'test')")).isEqualTo(1);
			assertThat(statement.executeUpdate("UPDATE account SET display_name = display_name")).isPositive();
			for (String table : APPEND_ONLY) {
				refused(statement, "UPDATE " + table + " SET actor = actor");
				refused(statement, "DELETE FROM " + table);
				refused(statement, "TRUNCATE " + table);
				refused(statement, "ALTER TABLE " + table + " DISABLE TRIGGER USER");
			}
			refused(statement, "DELETE FROM flyway_schema_history");
			refused(statement, "CREATE TABLE intruder (id int)");
			refused(statement, "DROP TABLE account");
		}
	}

	private static void refused(Statement statement, String sql) {
		assertThatThrownBy(() -> statement.execute(sql)).as(sql)
			.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage())
				.isEqualTo("42501"));
	}

	private static void asSuperuser(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
