package org.onegrid.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the application's {@link DataSource}: the external PostgreSQL server when {@code onegrid.db.url} is set,
 * otherwise an embedded PostgreSQL whose data directory survives restarts (unless configured to start clean); and
 * runs the migrations as the schema's owner where that is a role of its own. The pool's sessions run with the
 * server's JIT compiler off: OneGrid's statements are index reads and small aggregates, for which the server's
 * compiling, triggered by cost estimates over large tables, takes far longer than the reads it would speed up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
		var dataSource = new HikariDataSource();
		dataSource.setPoolName("onegrid");
		dataSource.setMaximumPoolSize(properties.poolSize());
		dataSource.setConnectionTimeout(properties.connectTimeout().toMillis());
		dataSource.setValidationTimeout(Math.min(properties.connectTimeout().toMillis(), 2_000));
		dataSource.addDataSourceProperty("connectTimeout", Math.max(1, properties.connectTimeout().toSeconds()));
		dataSource.addDataSourceProperty("loginTimeout", Math.max(1, properties.connectTimeout().toSeconds()));
		dataSource.addDataSourceProperty("socketTimeout", properties.socketTimeout().toSeconds());
		dataSource.addDataSourceProperty("options", "-c jit=off");
		if (properties.isExternal()) {
			dataSource.setJdbcUrl(properties.url());
			dataSource.setUsername(properties.user());
			dataSource.setPassword(properties.password());
			log.info("Database: external PostgreSQL at {}", properties.url());
		}
		else {
			var postgres = embedded.start(properties);
			dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			dataSource.setUsername("postgres");
			log.info("Database: embedded PostgreSQL on port {}, data directory {}", postgres.getPort(),
					properties.embeddedDirectory().toAbsolutePath().normalize());
		}
		return dataSource;
	}

	/**
	 * Flyway connects as the schema's owner when one is configured, so that the pool's role needs no right to change
	 * the schema (deploy/postgres/least-privilege.sql).
	 */
	@Bean
	FlywayConfigurationCustomizer migrationRole(DatabaseProperties properties, DataSource dataSource) {
		return flyway -> {
			if (properties.migratesAsOwner()) {
				HikariDataSource pool = pool(dataSource);
				log.info("Database: migrations run as {}, the application as {}", properties.migrationUser(),
						pool.getUsername());
				flyway.dataSource(pool.getJdbcUrl(), properties.migrationUser(), properties.migrationPassword());
			}
		};
	}

	/** The pool behind the data source, which a wrapper (a tracing or counting proxy) may hide. */
	private static HikariDataSource pool(DataSource dataSource) {
		try {
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The data source is not OneGrid's connection pool", e);
		}
	}

	@Bean(destroyMethod = "stop")
	EmbeddedDatabase embeddedDatabase() {
		return new EmbeddedDatabase();
	}

	/**
	 * Owns the embedded server's lifecycle, so that it stops after the connection pool has closed. The server's own
	 * JVM shutdown hook is off: it would race Spring's and stop the database under a closing application. A server
	 * left running on the same data directory by a killed application is stopped first.
	 */
	static class EmbeddedDatabase {

		private EmbeddedPostgres postgres;

		synchronized EmbeddedPostgres start(DatabaseProperties properties) {
			if (postgres != null) {
				return postgres;
			}
			try {
				Path directory = properties.embeddedDirectory();
				Files.createDirectories(directory);
				Optional<LeftoverServer> leftover = LeftoverServer.find(directory);
				if (leftover.isPresent()) {
					leftover.get().stop();
				}
				String durable = properties.embeddedDurable() ? "on" : "off";
				postgres = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(properties.embeddedClean())
					.setRegisterShutdownHook(false)
					.setServerConfig("fsync", durable)
					.setServerConfig("synchronous_commit", durable)
					.setServerConfig("full_page_writes", durable)
					.setServerConfig("max_connections", "100")
					.start();
				return postgres;
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in "
						+ properties.embeddedDirectory().toAbsolutePath() + ": " + e.getMessage(), e);
			}
		}

		synchronized void stop() throws IOException {
			if (postgres != null) {
				postgres.close();
				postgres = null;
			}
		}
	}
}
