package org.onegrid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests set and move, so that time limits are tested without sleeping. It follows the system clock
 * until a test sets it, and again after {@link #reset()}.
 */
public class TestClock extends Clock {

	private volatile Instant fixed;

	public void set(Instant instant) {
		fixed = instant;
	}

	/** Sets the clock to a local date-time in Asia/Shanghai, such as {@code 2026-09-28T10:00}. */
	public void setShanghai(String localDateTime) {
		fixed = java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	public void advance(Duration duration) {
		fixed = instant().plus(duration);
	}

	public void reset() {
		fixed = null;
	}

	@Override
	public Instant instant() {
		Instant now = fixed;
		return now == null ? Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS) : now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}
}
