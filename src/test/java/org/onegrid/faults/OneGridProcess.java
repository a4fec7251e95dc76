package org.onegrid.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * OneGrid as people run it: the packaged executable jar started with {@code java -jar} in a process of its own, on
 * its own port and data directory, stopped gently or killed outright.
 */
public final class OneGridProcess implements AutoCloseable {

	/** The administrator password the processes start with. */
	public static final String ADMIN_PASSWORD = "faults-admin-password-2026";

	private final Path jar;

	private final Path dataDirectory;

	private final Map<String, String> environment;

	private final List<String> arguments;

	private final int port;

	private Process process;

	private OneGridProcess(Path jar, Path dataDirectory, Map<String, String> environment, List<String> arguments) {
		this.jar = jar;
		this.dataDirectory = dataDirectory;
		this.environment = environment;
		this.arguments = arguments;
		this.port = freePort();
	}

	/**
	 * A process of the packaged jar in {@code dataDirectory}, with the given extra environment (such as
	 * {@code ONEGRID_DB_URL}) and command-line arguments.
	 */
	public static OneGridProcess of(Path dataDirectory, Map<String, String> environment, String... arguments) {
		return new OneGridProcess(executableJar(), dataDirectory, environment, List.of(arguments));
	}

	/** The executable jar {@code package} built, {@code target/onegrid-*-exec.jar}. */
	public static Path executableJar() {
		try (var files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("onegrid-.*-exec\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/onegrid-*-exec.jar: run ./mvnw package"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Starts the process and waits until its health answers UP, at most {@code timeout}. */
	public OneGridProcess start(Duration timeout) throws IOException, InterruptedException {
		Files.createDirectories(dataDirectory);
		var command = new ArrayList<>(List.of(javaCommand(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
				jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--onegrid.db.embedded-directory=" + dataDirectory.resolve("pg").toAbsolutePath()));
		command.addAll(arguments);
		var builder = new ProcessBuilder(command).directory(dataDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
		builder.environment().put("ONEGRID_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().putAll(environment);
		process = builder.start();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("OneGrid exited with " + process.exitValue() + " at start; see " + log());
			}
			if ("UP".equals(health())) {
				return this;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("OneGrid was not UP within " + timeout + "; see " + log());
	}

	/** The health status ({@code UP}, {@code DOWN}…), or {@code UNREACHABLE} when nothing answers. */
	public String health() {
		try {
			var response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
			var matcher = java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(response.body());
			return matcher.find() ? matcher.group(1) : "HTTP " + response.statusCode();
		}
		catch (IOException e) {
			return "UNREACHABLE";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "UNREACHABLE";
		}
	}

	/** Kills the process outright ({@code kill -9}), leaving whatever it had started behind. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Stops the process as a service manager would (SIGTERM), waiting for it to finish. */
	public void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public Path log() {
		return dataDirectory.resolve("onegrid.log");
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
