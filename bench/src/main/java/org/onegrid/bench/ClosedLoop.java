package org.onegrid.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-model throughput: {@code threads} clients each run whole lifecycles back to back for a fixed time, after an
 * unmeasured warm-up of the same kind. Also measures, over the measured time only, the CPU the JVM used, the CPU the
 * database's server processes used and the round trips the flow's data source made, each per lifecycle.
 */
final class ClosedLoop {

	private static final AtomicLong KEYS = new AtomicLong();

	/** What one measured run gave. */
	record Result(String flow, int threads, long lifecycles, double seconds, long errors, Throwable firstError,
			double jvmCpuSeconds, double dbCpuSeconds, RoundTrips.Count roundTrips) {

		double perSecond() {
			return lifecycles / seconds;
		}

		double jvmCpuMillisEach() {
			return jvmCpuSeconds * 1000 / lifecycles;
		}

		double dbCpuMillisEach() {
			return dbCpuSeconds * 1000 / lifecycles;
		}

		double roundTripsEach() {
			return (double) roundTrips.roundTrips() / lifecycles;
		}
	}

	private ClosedLoop() {
	}

	static Result run(Flow flow, Databases databases, String runId, int threads, double warmupSeconds,
			double seconds) throws Exception {
		drive(flow, runId, threads, warmupSeconds);
		double dbCpu = databases.backendCpuSeconds(flow.database());
		double jvmCpu = jvmCpuSeconds();
		RoundTrips.Count before = flow.roundTrips().now();
		long start = System.nanoTime();
		Outcome outcome = drive(flow, runId, threads, seconds);
		double elapsed = (System.nanoTime() - start) / 1e9;
		return new Result(flow.name(), threads, outcome.done, elapsed, outcome.errors, outcome.firstError,
				jvmCpuSeconds() - jvmCpu, databases.backendCpuSeconds(flow.database()) - dbCpu,
				flow.roundTrips().now().minus(before));
	}

	private record Outcome(long done, long errors, Throwable firstError) {
	}

	private static Outcome drive(Flow flow, String runId, int threads, double seconds) throws InterruptedException {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		LongAdder done = new LongAdder();
		LongAdder errors = new LongAdder();
		AtomicReference<Throwable> firstError = new AtomicReference<>();
		List<Thread> clients = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread client = new Thread(() -> {
				while (System.nanoTime() < deadline) {
					try {
						flow.lifecycle(runId + "-" + KEYS.incrementAndGet(), Flow.Steps.NONE);
						done.increment();
					}
					catch (RuntimeException e) {
						errors.increment();
						firstError.compareAndSet(null, e);
					}
				}
			}, flow.name() + "-client-" + t);
			client.start();
			clients.add(client);
		}
		for (Thread client : clients) {
			client.join();
		}
		return new Outcome(done.sum(), errors.sum(), firstError.get());
	}

	static double jvmCpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}
}
