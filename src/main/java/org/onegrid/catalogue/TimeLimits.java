package org.onegrid.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onegrid.calendar.WorkingDuration;
import org.onegrid.calendar.WorkingDuration.Unit;

/**
 * Scales a minor class's limits by urgency.
 * <p>
 * Rounding rule: a limit multiplied by a factor of 1 stays as it is. Otherwise a day limit whose scaled value is a
 * whole number of days stays in days (4 days × 0.5 = 2 days); every other result is counted in working hours (a
 * working day being {@code hoursPerWorkingDay} hours) and rounded <em>down</em> to a whole hour, so that urgency never
 * lengthens a limit, but never below 1 working hour. With 8-hour days: 5 days × 0.5 = 20 hours, 1 day × 0.25 = 2
 * hours, 1 day × 0.75 = 6 hours, 3 hours × 0.5 = 1 hour, 1 hour × 0.25 = 1 hour.
 */
public final class TimeLimits {

	private final Map<Urgency, BigDecimal> factors;

	private final int hoursPerWorkingDay;

	/** @param factors each urgency's factor, greater than 0 and at most 1; a missing urgency counts as 1 */
	public TimeLimits(Map<Urgency, BigDecimal> factors, int hoursPerWorkingDay) {
		this.factors = factors.isEmpty() ? new EnumMap<>(Urgency.class) : new EnumMap<>(factors);
		this.hoursPerWorkingDay = hoursPerWorkingDay;
	}

	public BigDecimal factorOf(Urgency urgency) {
		return factors.getOrDefault(urgency, BigDecimal.ONE);
	}

	/** The limit at this urgency, rounded as the class description says. */
	public WorkingDuration scale(WorkingDuration limit, Urgency urgency) {
		BigDecimal factor = factorOf(urgency);
		if (factor.compareTo(BigDecimal.ONE) == 0) {
			return limit;
		}
		BigDecimal scaled = factor.multiply(BigDecimal.valueOf(limit.amount()));
		if (limit.unit() == Unit.DAYS && scaled.stripTrailingZeros().scale() <= 0 && scaled.signum() > 0) {
			return WorkingDuration.days(scaled.intValueExact());
		}
		BigDecimal hours = limit.unit() == Unit.DAYS ? scaled.multiply(BigDecimal.valueOf(hoursPerWorkingDay)) : scaled;
		return WorkingDuration.hours(Math.max(1, hours.setScale(0, RoundingMode.FLOOR).intValueExact()));
	}

	/** Every stage's limit for the minor class in the area class at the urgency, in stage order. */
	public List<StageLimit> of(MinorClass minorClass, AreaClass areaClass, Urgency urgency) {
		return of(minorClass, List.of(), areaClass, urgency);
	}

	/**
	 * The same, where a district set limits of its own for the class: a stage it names takes the district's limit,
	 * any other stage keeps the catalogue's.
	 */
	public List<StageLimit> of(MinorClass minorClass, List<TimeLimit> district, AreaClass areaClass,
			Urgency urgency) {
		List<StageLimit> result = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			MinorClass.find(district, stage, areaClass)
				.or(() -> minorClass.limitFor(stage, areaClass))
				.ifPresent(base -> result.add(new StageLimit(stage, base.limit(), factorOf(urgency),
						scale(base.limit(), urgency))));
		}
		return result;
	}

	/**
	 * The limits with each one longer than {@code maxWorkingDays} working days of {@code hoursPerWorkingDay} hours cut
	 * to that many days: a district whose plan says no stage runs longer holds every case to it, whatever the
	 * catalogue shared with other districts gives the class.
	 */
	public static List<StageLimit> within(List<StageLimit> limits, int maxWorkingDays, int hoursPerWorkingDay) {
		return limits.stream().map(one -> {
			WorkingDuration limit = one.limit();
			int hours = limit.unit() == Unit.DAYS ? limit.amount() * hoursPerWorkingDay : limit.amount();
			return hours <= maxWorkingDays * hoursPerWorkingDay ? one
					: new StageLimit(one.stage(), one.base(), one.factor(), WorkingDuration.days(maxWorkingDays));
		}).toList();
	}

	/**
	 * One stage's limit as it applies to a case.
	 *
	 * @param base the limit at normal urgency for the area class
	 * @param factor the urgency's factor
	 * @param limit the limit that applies, after scaling and rounding
	 */
	public record StageLimit(Stage stage, WorkingDuration base, BigDecimal factor, WorkingDuration limit) {
	}
}
