package org.onegrid.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Arithmetic on working time: the working periods of working days, in one time zone. Nights, lunch breaks,
 * weekends and holidays do not pass.
 */
final class WorkingTime {

	private final Predicate<LocalDate> workingDay;

	private final WorkingHours hours;

	private final ZoneId zone;

	WorkingTime(Predicate<LocalDate> workingDay, WorkingHours hours, ZoneId zone) {
		this.workingDay = workingDay;
		this.hours = hours;
		this.zone = zone;
	}

	/**
	 * The instant at which {@code amount} of working time has passed since {@code start}. Counting begins at
	 * {@code start} if that is within working hours, otherwise at the start of the next working period. An amount
	 * that ends exactly at the end of a period ends there, not at the start of the next one.
	 */
	Instant plus(Instant start, Duration amount) {
		ZonedDateTime at = start.atZone(zone);
		LocalDate day = at.toLocalDate();
		LocalTime time = at.toLocalTime();
		Duration left = amount;
		while (true) {
			if (workingDay.test(day)) {
				for (WorkingHours.Period period : hours.periods()) {
					if (!time.isBefore(period.end())) {
						continue;
					}
					LocalTime from = time.isAfter(period.start()) ? time : period.start();
					Duration available = Duration.between(from, period.end());
					if (left.compareTo(available) <= 0) {
						return instant(day, from).plus(left);
					}
					left = left.minus(available);
				}
			}
			day = day.plusDays(1);
			time = LocalTime.MIDNIGHT;
		}
	}

	/** The working time from {@code from} to {@code to}; negative if {@code to} is earlier. */
	Duration between(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return between(to, from).negated();
		}
		Duration total = Duration.ZERO;
		LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
		for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			if (!workingDay.test(day)) {
				continue;
			}
			for (WorkingHours.Period period : hours.periods()) {
				Instant start = later(from, instant(day, period.start()));
				Instant end = earlier(to, instant(day, period.end()));
				if (start.isBefore(end)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	/** When working hours end on {@code day}. */
	Instant close(LocalDate day) {
		return instant(day, hours.close());
	}

	private Instant instant(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, zone).toInstant();
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
