package org.onegrid.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Ends an embedded PostgreSQL server that a killed OneGrid left running in a data directory of the harness, found by
 * the process id its {@code postmaster.pid} names and only if that process serves this directory.
 */
final class EmbeddedLeftovers {

	private EmbeddedLeftovers() {
	}

	static void end(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		String directory = dataDirectory.toAbsolutePath().normalize().toString();
		ProcessHandle.of(pid)
			.filter(process -> process.info().commandLine().map(line -> line.contains(directory)).orElse(false))
			.ifPresent(process -> {
				process.destroy();
				process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
			});
	}
}
