package org.onegrid.database;

import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A program that starts the embedded database the way the application does, commits one row, says {@code ready}
 * and waits to be killed, leaving its server behind.
 */
final class AbandonedDatabase {

	private AbandonedDatabase() {
	}

	static DatabaseProperties on(Path directory, boolean clean) {
		return new DatabaseProperties(null, "postgres", null, directory, clean, true, 2,
				java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(30), null, null);
	}

	public static void main(String[] args) throws Exception {
		var postgres = new DatabaseConfiguration.EmbeddedDatabase().start(on(Path.of(args[0]), true));
		var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		jdbc.sql("CREATE TABLE written_before (note text NOT NULL)").update();
		jdbc.sql("INSERT INTO written_before VALUES ('committed before the kill')").update();
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
