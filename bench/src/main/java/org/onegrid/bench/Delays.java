package org.onegrid.bench;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * How long each case took to reach the screen, in milliseconds over every case acknowledged in a round: from the
 * report's scheduled departure (what the caller waits, intake included) and from its acknowledgement (0 when the line
 * was on the screen before the answer reached the client); and how many never arrived within the wait.
 *
 * @param cases the cases acknowledged
 * @param missing those whose line never arrived
 * @param overOneSecond the share, in percent, of cases that took more than 1 s from their departure
 */
record Delays(String design, long cases, long missing, double p50, double p99, double max, double p50AfterAck,
		double p99AfterAck, double overOneSecond) {

	/**
	 * @param departed when each case's report was due to leave, by id, in {@link System#nanoTime()}
	 * @param acknowledged when each case was acknowledged, by id
	 * @param seen when each case reached the screen, by id
	 */
	static Delays of(String design, Map<Long, Long> departed, Map<Long, Long> acknowledged, Map<Long, Long> seen) {
		Histogram fromDeparture = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
		Histogram fromAck = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
		long missing = 0;
		long late = 0;
		for (Map.Entry<Long, Long> ack : acknowledged.entrySet()) {
			Long arrived = seen.get(ack.getKey());
			if (arrived == null) {
				missing++;
				continue;
			}
			long total = micros(arrived - departed.get(ack.getKey()), fromDeparture);
			micros(arrived - ack.getValue(), fromAck);
			late += total > 1_000_000 ? 1 : 0;
		}
		return new Delays(design, acknowledged.size(), missing, millis(fromDeparture, 50), millis(fromDeparture, 99),
				fromDeparture.getMaxValue() / 1000.0, millis(fromAck, 50), millis(fromAck, 99),
				acknowledged.isEmpty() ? 0 : 100.0 * late / acknowledged.size());
	}

	private static long micros(long nanos, Histogram into) {
		long micros = Math.min(Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)), into.getHighestTrackableValue());
		into.recordValue(micros);
		return micros;
	}

	private static double millis(Histogram histogram, double percentile) {
		return histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	static String header() {
		return "| round | design | rate | cases | missing | p50 ms | p99 ms | max ms | p50 / p99 ms after ack | over 1 s |\n"
				+ "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";
	}

	String row(int round, double rate) {
		return String.format(Locale.ROOT, "| %d | %s | %.0f/s | %d | %d | %.1f | %.1f | %.1f | %.1f / %.1f | %.1f%% |",
				round, design, rate, cases, missing, p50, p99, max, p50AfterAck, p99AfterAck, overOneSecond);
	}
}
