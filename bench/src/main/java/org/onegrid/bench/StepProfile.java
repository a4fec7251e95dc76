package org.onegrid.bench;

import java.util.Locale;

/**
 * Where one lifecycle's round trips and time go, step by step: {@code lifecycles} lifecycles on one thread, with the
 * flow's round-trip counters read after each step. One thread, so that every count belongs to the step just run.
 */
final class StepProfile {

	private final Flow flow;

	private final long[] statements = new long[Flow.STEPS.length];

	private final long[] commits = new long[Flow.STEPS.length];

	private final long[] connections = new long[Flow.STEPS.length];

	private final long[] nanos = new long[Flow.STEPS.length];

	private int lifecycles;

	StepProfile(Flow flow) {
		this.flow = flow;
	}

	StepProfile run(String runId, int count) {
		flow.roundTrips().bySql.clear();
		flow.roundTrips().recordSql = true;
		try {
			return measure(runId, count);
		}
		finally {
			flow.roundTrips().recordSql = false;
		}
	}

	private StepProfile measure(String runId, int count) {
		for (int i = 0; i < count; i++) {
			RoundTrips.Count[] last = { flow.roundTrips().now() };
			long[] lastNanos = { System.nanoTime() };
			flow.lifecycle(runId + "-profile-" + i, index -> {
				RoundTrips.Count now = flow.roundTrips().now();
				RoundTrips.Count step = now.minus(last[0]);
				statements[index] += step.statements();
				commits[index] += step.commits();
				connections[index] += step.connections();
				long nowNanos = System.nanoTime();
				nanos[index] += nowNanos - lastNanos[0];
				last[0] = now;
				lastNanos[0] = nowNanos;
			});
			lifecycles++;
		}
		return this;
	}

	/** One line per step and a total: statements, commits, connections taken and mean time, each per lifecycle. */
	String table() {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %10s %8s %11s %9s%n", "step",
				"statements", "commits", "connections", "ms"));
		long s = 0, c = 0, k = 0, n = 0;
		for (int i = 0; i < Flow.STEPS.length; i++) {
			out.append(line(Flow.STEPS[i], statements[i], commits[i], connections[i], nanos[i]));
			s += statements[i];
			c += commits[i];
			k += connections[i];
			n += nanos[i];
		}
		return out.append(line("total", s, c, k, n)).toString();
	}

	/** The statements run, most frequent first, each with its executions per lifecycle and its first 110 characters. */
	String statements() {
		StringBuilder out = new StringBuilder();
		flow.roundTrips().bySql.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
			.forEach(e -> out.append(String.format(Locale.ROOT, "%6.1f  %s%n", e.getValue().sum() / (double) lifecycles,
					e.getKey().length() > 110 ? e.getKey().substring(0, 110) + "…" : e.getKey())));
		return out.toString();
	}

	private String line(String step, long s, long c, long k, long n) {
		return String.format(Locale.ROOT, "%-10s %10.1f %8.1f %11.1f %9.2f%n", step, (double) s / lifecycles,
				(double) c / lifecycles, (double) k / lifecycles, n / 1e6 / lifecycles);
	}
}
