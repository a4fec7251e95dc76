package org.onegrid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class LeftoverServerIntegrationTests {

	@Test
	void startsAgainAfterTheApplicationWasKilledAndKeepsCommittedWrites() throws Exception {
		Path directory = Path.of("target/pg-killed").toAbsolutePath();
		if (Files.exists(directory)) {
			try (var files = Files.walk(directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), AbandonedDatabase.class.getName(), directory.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
			var said = new StringBuilder();
			String line;
			while ((line = output.readLine()) != null && !line.equals("ready")) {
				said.append(line).append('\n');
			}
			assertThat(line).as("the killed application's database started:\n%s", said).isEqualTo("ready");
			application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		long orphan = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the server outlived its application")
			.contains(true);

		var database = new DatabaseConfiguration.EmbeddedDatabase();
		try {
			var postgres = database.start(AbandonedDatabase.on(directory, false));
			assertThat(JdbcClient.create(postgres.getPostgresDatabase())
				.sql("SELECT note FROM written_before")
				.query(String.class)
				.list()).containsExactly("committed before the kill");
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
		}
		finally {
			database.stop();
		}
	}
}
