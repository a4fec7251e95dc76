package org.onegrid.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.onegrid.faults.FaultResults.Row;

/**
 * What happens to acknowledged work when things break, on the packaged jar run as people run it: the process killed
 * outright under load on the embedded database and on an external server, and the external database taken away for
 * 20 seconds; then three instances sweeping the same due lights, and the lockout and fuzz tests. Every scenario adds its row to the results table, whether it passed
 * or not. {@code -Dfaults.only=<scenario>} runs one.
 */
@Tag("faults")
class FaultHarnessTests {

	private static final FaultResults RESULTS = new FaultResults();

	private static final Duration START = Duration.ofMinutes(3);

	private static final Duration LOAD = Duration.ofSeconds(15);

	private static final Duration OUTAGE = Duration.ofSeconds(20);

	private static final int CLIENTS = 4;

	@TestFactory
	Stream<DynamicTest> scenarios() {
		String only = System.getProperty("faults.only", "");
		return Stream.of(scenario("kill-embedded", () -> killUnderLoad("kill-embedded", null)),
				scenario("kill-external", () -> killUnderLoad("kill-external", external())),
				scenario("outage-external", this::outage),
				scenario("sweep-instances", () -> tagged("sweep-instances", "instances")),
				scenario("lockout", () -> tagged("lockout", "lockout")),
				scenario("fuzz", () -> tagged("fuzz", "fuzz")))
			.filter(test -> only.isBlank() || test.getDisplayName().equals(only));
	}

	@AfterAll
	static void report() throws IOException {
		RESULTS.write();
	}

	private static DynamicTest scenario(String name, Executable body) {
		return DynamicTest.dynamicTest(name, body);
	}

	void killUnderLoad(String name, ExternalServer server) throws Exception {
		Map<String, String> environment = server == null ? Map.of("ONEGRID_DB_URL", "")
				: server.environment();
		Path data = freshDirectory(name);
		IntakeLoad load;
		try (var first = OneGridProcess.of(data, environment).start(START)) {
			load = IntakeLoad.against(first);
			load.start(CLIENTS);
			Thread.sleep(LOAD.toMillis());
			first.kill();
			load.stop();
		}
		var row = afterRestart(name, data, environment, load);
		RESULTS.add(row);
		assertThat(row.notes()).as("restart").doesNotContain("did not restart");
		assertThat(row.lost()).as("acknowledged writes lost").isZero();
	}

	private Row afterRestart(String name, Path data, Map<String, String> environment, IntakeLoad load)
			throws Exception {
		try (var second = OneGridProcess.of(data, environment)) {
			try {
				second.start(START);
			}
			catch (IllegalStateException e) {
				return afterHandWork(name, data, environment, load, e.getMessage());
			}
			load.retarget(second);
			var count = load.count();
			return new Row(name, count.acknowledged(), count.found(), load.serverErrors.get(), load.slow.get(),
					"killed with kill -9 after " + LOAD.toSeconds() + " s of load; restarted with no hand work");
		}
		finally {
			EmbeddedLeftovers.end(data.resolve("pg"));
		}
	}

	/**
	 * When a plain restart fails, ends what the killed process left running, as an operator would, and counts again,
	 * so that the table still tells what the database kept.
	 */
	private Row afterHandWork(String name, Path data, Map<String, String> environment, IntakeLoad load, String failure)
			throws Exception {
		String notes = "did not restart with no hand work (" + failure + ")";
		EmbeddedLeftovers.end(data.resolve("pg"));
		try (var third = OneGridProcess.of(data, environment)) {
			third.start(START);
			load.retarget(third);
			var count = load.count();
			return new Row(name, count.acknowledged(), count.found(), load.serverErrors.get(), load.slow.get(),
					notes + "; found after ending the leftover PostgreSQL by hand");
		}
		catch (IllegalStateException e) {
			return new Row(name, load.acknowledgedWrites(), 0, load.serverErrors.get(), load.slow.get(),
					notes + "; nor after ending the leftover PostgreSQL: " + e.getMessage());
		}
	}

	void outage() throws Exception {
		ExternalServer server = external();
		Path data = freshDirectory("outage-external");
		try (var onegrid = OneGridProcess.of(data, server.environment()).start(START)) {
			var load = IntakeLoad.against(onegrid);
			load.start(CLIENTS);
			Thread.sleep(5_000);
			server.takeAway();
			int samples = 0;
			int down = 0;
			int unanswered = 0;
			long end = System.nanoTime() + OUTAGE.toNanos();
			try {
				while (System.nanoTime() < end) {
					samples++;
					String health = onegrid.health();
					down += "DOWN".equals(health) ? 1 : 0;
					unanswered += "UNREACHABLE".equals(health) ? 1 : 0;
					Thread.sleep(1_000);
				}
			}
			finally {
				server.giveBack();
			}
			Thread.sleep(10_000);
			load.stop();
			String after = onegrid.health();
			var count = load.count();
			var row = new Row("outage-external", count.acknowledged(), count.found(), load.serverErrors.get(),
					load.slow.get(), ("%d answered 503 (database unavailable); health DOWN in %d and unanswered within 5 s in "
							+ "%d of %d samples during the %d s outage; %s 10 s after").formatted(load.unavailable.get(),
									down, unanswered, samples, OUTAGE.toSeconds(), after));
			RESULTS.add(row);
			assertThat(row.lost()).as("acknowledged writes lost").isZero();
			assertThat(row.slow()).as("requests slower than %s", IntakeLoad.SLOW).isZero();
			assertThat(row.serverErrors()).as("5xx answers other than 503").isZero();
			assertThat(unanswered).as("health samples unanswered during the outage").isZero();
			assertThat(down).as("health samples DOWN during the outage").isPositive();
			assertThat(after).as("health after the outage").isEqualTo("UP");
		}
	}

	void tagged(String name, String tag) {
		var summary = TaggedTests.run(tag);
		long found = summary.getTestsFoundCount();
		String notes = found == 0 ? "no test tagged '" + tag + "' yet: not run"
				: "%d tests: %d passed, %d failed, %d skipped".formatted(found, summary.getTestsSucceededCount(),
						summary.getTotalFailureCount(), summary.getTestsSkippedCount());
		RESULTS.add(new Row(name, -1, -1, -1, -1, notes));
		Assumptions.assumeTrue(found > 0, notes);
		assertThat(summary.getFailures()).as(notes)
			.extracting(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
			.isEmpty();
	}

	private static ExternalServer external() throws Exception {
		var server = ExternalServer.find();
		String unreachable = server.unreachable();
		if (unreachable != null) {
			RESULTS.add(new Row("external server", -1, -1, -1, -1, "skipped: " + unreachable));
		}
		Assumptions.assumeTrue(unreachable == null, () -> "Skipped: " + unreachable);
		server.freshDatabase();
		return server;
	}

	private static Path freshDirectory(String name) throws IOException {
		Path directory = Path.of("target", "faults", name).toAbsolutePath();
		if (Files.exists(directory)) {
			EmbeddedLeftovers.end(directory.resolve("pg"));
			try (var files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
		return Files.createDirectories(directory);
	}
}
