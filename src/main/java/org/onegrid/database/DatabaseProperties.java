package org.onegrid.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. {@code url} empty means the embedded PostgreSQL.
 *
 * @param url JDBC URL of an external PostgreSQL server ({@code ONEGRID_DB_URL})
 * @param user its user ({@code ONEGRID_DB_USER})
 * @param password its password ({@code ONEGRID_DB_PASSWORD})
 * @param embeddedDirectory the embedded server's data directory, kept across restarts
 * @param embeddedClean whether to wipe the embedded data directory at start (tests)
 * @param embeddedDurable whether the embedded server flushes every commit to disk as a production server does; only
 *        tests that throw their data away may turn it off
 * @param poolSize connection pool size
 * @param connectTimeout how long a request waits for a connection, or to connect, before it answers 503
 *        ({@code ONEGRID_DB_CONNECT_TIMEOUT})
 * @param socketTimeout how long a statement may wait for the server's answer before the connection is given up
 * @param migrationUser the role that owns the schema and runs the migrations, when the application's own role may
 *        only read and write rows ({@code ONEGRID_DB_MIGRATION_USER}); empty means the application's role migrates
 * @param migrationPassword that role's password ({@code ONEGRID_DB_MIGRATION_PASSWORD})
 */
@ConfigurationProperties("onegrid.db")
record DatabaseProperties(String url, String user, String password,
		@DefaultValue("./data/pg") Path embeddedDirectory, @DefaultValue("false") boolean embeddedClean,
		@DefaultValue("true") boolean embeddedDurable,
		@DefaultValue("10") int poolSize, @DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("30s") Duration socketTimeout, String migrationUser, String migrationPassword) {

	boolean isExternal() {
		return url != null && !url.isBlank();
	}

	boolean migratesAsOwner() {
		return migrationUser != null && !migrationUser.isBlank();
	}
}
