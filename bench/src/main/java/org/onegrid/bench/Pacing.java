package org.onegrid.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The feed benchmark's open-model pace, shared by both designs so that they are offered exactly the same load. */
final class Pacing {

	/** One departure: its sequence number in the round and the {@link System#nanoTime()} it was due at. */
	interface Departure {

		void leave(long sequence, long due);
	}

	private Pacing() {
	}

	/** Makes {@code rate × seconds} departures, each at its scheduled instant, whether or not earlier ones are done. */
	static void run(double rate, double seconds, Departure departure) {
		long count = (long) (rate * seconds);
		long period = (long) (1e9 / rate);
		long start = System.nanoTime();
		for (long i = 0; i < count; i++) {
			long due = start + i * period;
			LockSupport.parkNanos(due - System.nanoTime());
			departure.leave(i, due);
		}
	}

	/** Waits up to 5 s until every acknowledged case has been seen on the other side. */
	static void awaitSeen(Map<Long, Long> seen, Map<Long, Long> acknowledged) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!seen.keySet().containsAll(acknowledged.keySet()) && System.nanoTime() < until) {
			Thread.sleep(20);
		}
	}
}
