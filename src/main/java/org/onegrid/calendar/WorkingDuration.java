package org.onegrid.calendar;

import java.util.Objects;

/**
 * A time limit counted in working time: a whole number of working days or of working hours, always positive.
 * <p>
 * The two units end differently, see {@link WorkingCalendar#deadline(java.time.Instant, WorkingDuration)}: days end
 * when working hours end on the last day, hours end exactly when that much working time has passed.
 *
 * @param amount how many units, at least 1
 * @param unit days or hours
 */
public record WorkingDuration(int amount, Unit unit) {

	/** The unit a time limit is counted in. */
	public enum Unit {
		DAYS, HOURS
	}

	public WorkingDuration {
		Objects.requireNonNull(unit, "unit");
		if (amount < 1) {
			throw new IllegalArgumentException("A working duration must be at least 1 " + unit + ", not " + amount);
		}
	}

	/** {@code n} working days. */
	public static WorkingDuration days(int n) {
		return new WorkingDuration(n, Unit.DAYS);
	}

	/** {@code n} working hours. */
	public static WorkingDuration hours(int n) {
		return new WorkingDuration(n, Unit.HOURS);
	}

	@Override
	public String toString() {
		return amount + " working " + (unit == Unit.DAYS ? "day" : "hour") + (amount == 1 ? "" : "s");
	}
}
