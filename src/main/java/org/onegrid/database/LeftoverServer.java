package org.onegrid.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server that outlived the application which started it (the application was killed before
 * it could stop its database), still holding the data directory and its port. It is stopped so that the application
 * can start its database again without anyone's help; PostgreSQL's own recovery then keeps every committed write.
 * <p>
 * Only a live {@code postgres} process whose lock file names this very data directory is stopped.
 */
record LeftoverServer(ProcessHandle process, Path directory, String port) {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	private static final long GRACE_SECONDS = 30;

	/** The server still running on {@code directory}, if the lock file names a live postgres serving it. */
	static Optional<LeftoverServer> find(Path directory) throws IOException {
		Path lockFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(lockFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(lockFile);
		if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+")
				|| !Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(directory.toRealPath())) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
			.map(process -> new LeftoverServer(process, directory, lines.get(3).strip()));
	}

	/** Stops the server: a fast shutdown, or a plain termination, or as a last resort a kill. */
	void stop() throws IOException {
		log.warn("Stopping the embedded PostgreSQL (pid {}, port {}) left running on {} by an earlier start",
				process.pid(), port, directory.toAbsolutePath().normalize());
		if (stopWithPgCtl() || terminate(false) || terminate(true)) {
			return;
		}
		throw new IOException("Could not stop the PostgreSQL server (pid " + process.pid() + ") left running on "
				+ directory.toAbsolutePath().normalize());
	}

	private boolean stopWithPgCtl() {
		Optional<Path> pgCtl = process.info().command().map(command -> Path.of(command).resolveSibling("pg_ctl"));
		if (pgCtl.isEmpty() || !Files.isExecutable(pgCtl.get())) {
			return false;
		}
		try {
			Process stop = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", directory.toString(), "-m",
					"fast", "-w", "-t", String.valueOf(GRACE_SECONDS))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return stop.waitFor(GRACE_SECONDS + 5, TimeUnit.SECONDS) && stop.exitValue() == 0 && awaitExit();
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private boolean terminate(boolean forcibly) {
		if (forcibly) {
			process.destroyForcibly();
		}
		else {
			process.destroy();
		}
		return awaitExit();
	}

	private boolean awaitExit() {
		try {
			process.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException | ExecutionException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
