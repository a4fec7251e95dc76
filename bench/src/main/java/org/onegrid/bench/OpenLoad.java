package org.onegrid.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * Open-model load: requests leave at a fixed rate whether or not earlier ones have been answered, as independent
 * clients arrive. Latency runs from each request's scheduled departure to its answer, so a server that falls behind
 * shows its queue in the figures (no coordinated omission). At most {@link #MAX_IN_FLIGHT} requests are outstanding;
 * a request that would exceed that is counted as an error, not sent.
 */
final class OpenLoad {

	static final int MAX_IN_FLIGHT = 2_000;

	/** What one rate gave: successes per second over the time until the last answer, and latency percentiles. */
	record Result(String target, double offered, double achieved, long ok, long errors, double p50Millis,
			double p99Millis, double maxMillis, String firstError) {

		boolean saturated() {
			return achieved < 0.9 * offered || p99Millis > 1000 || errors > 0;
		}
	}

	private OpenLoad() {
	}

	/**
	 * Sends {@code rate × seconds} requests made by {@code request} (given a sequence number) and waits up to
	 * {@code seconds + 30} s for the answers; an answer counts as a success if its status is {@code expected}.
	 */
	static Result run(HttpClient client, String target, double rate, double seconds,
			LongFunction<HttpRequest> request, int expected) throws InterruptedException {
		ConcurrentHistogram micros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
		LongAdder ok = new LongAdder();
		LongAdder errors = new LongAdder();
		AtomicInteger inFlight = new AtomicInteger();
		AtomicLong lastAnswer = new AtomicLong();
		String[] firstError = new String[1];
		long count = (long) (rate * seconds);
		long period = (long) (1e9 / rate);
		long start = System.nanoTime();
		for (long i = 0; i < count; i++) {
			long due = start + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			if (inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
				inFlight.decrementAndGet();
				errors.increment();
				continue;
			}
			client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
				long now = System.nanoTime();
				lastAnswer.accumulateAndGet(now, Math::max);
				if (e == null && response.statusCode() == expected) {
					micros.recordValue(Math.min(micros.getHighestTrackableValue(), (now - due) / 1000));
					ok.increment();
				}
				else {
					errors.increment();
					synchronized (firstError) {
						if (firstError[0] == null) {
							firstError[0] = e != null ? e.toString() : "HTTP " + response.statusCode();
						}
					}
				}
				inFlight.decrementAndGet();
			});
		}
		long giveUp = System.nanoTime() + (long) ((seconds + 30) * 1e9);
		while (inFlight.get() > 0 && System.nanoTime() < giveUp) {
			Thread.sleep(5);
		}
		double elapsed = (Math.max(lastAnswer.get(), start + count * period) - start) / 1e9;
		return new Result(target, rate, ok.sum() / elapsed, ok.sum(), errors.sum() + inFlight.get(),
				micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
				micros.getMaxValue() / 1000.0, firstError[0]);
	}
}
