package org.onegrid.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.onegrid.calendar.WorkingDuration;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.catalogue.Stage;
import org.onegrid.catalogue.TimeLimit;
import org.onegrid.cases.HistoricalCase;
import org.onegrid.cases.NewCase;
import org.onegrid.cases.Satisfaction;

/**
 * The demo district's past: invented cases of the months before today, so that a leader opening the assessment,
 * analysis and big-screen pages of a fresh demo sees a district at work rather than empty charts. The volume follows a
 * working week and a yearly swing; a few places (a market, a school gate) and a few categories take most of the cases,
 * as in a real district, so that hot spots and rankings have something to find. Every case was dispatched within ninety
 * minutes of its report (between 8:00 and 20:00, so on the day it was reported) to its category's department, and was
 * closed after a handling time measured against its category's limit, which now and then runs past it, far more often
 * at the slower departments; the last days' cases whose handling time has not passed yet are still being handled. A
 * day's cases depend only on the seed and the day, so a day gives the same cases whatever the first day asked for.
 */
final class DemoHistory {

	/** Cases a day on an ordinary weekday, before the yearly swing. */
	private static final double WEEKDAY_CASES = 7.0;

	private final List<MinorClass> categories;

	private final List<double[]> places;

	private final ZoneId zone;

	private final long seed;

	private Random random;

	private Instant now;

	/**
	 * @param categories the classes cases are filed under, each with a default department; the first are the most
	 * frequent
	 * @param places points inside the district's grids, WGS 84; the first are the busiest
	 */
	DemoHistory(List<MinorClass> categories, List<double[]> places, ZoneId zone, long seed) {
		this.categories = List.copyOf(categories);
		this.places = List.copyOf(places);
		this.zone = zone;
		this.seed = seed;
	}

	/**
	 * The cases reported from {@code first} up to the day before {@code now}, oldest first; a case whose handling
	 * would end after {@code now} is still with its department, and a closed one is called back only if that call
	 * has been made by {@code now}.
	 */
	List<HistoricalCase> between(LocalDate first, Instant now) {
		this.now = now;
		LocalDate today = LocalDate.ofInstant(now, zone);
		List<HistoricalCase> cases = new ArrayList<>();
		for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
			random = new Random(seed * 31 + day.toEpochDay());
			int count = poisson(WEEKDAY_CASES * weekly(day) * yearly(day));
			for (int i = 0; i < count; i++) {
				cases.add(one(day, i));
			}
		}
		return cases;
	}

	private HistoricalCase one(LocalDate day, int index) {
		MinorClass category = categories.get(skewed(categories.size()));
		double[] place = places.get(skewed(places.size()));
		double lon = place[0] + (random.nextDouble() - 0.5) * 0.002;
		double lat = place[1] + (random.nextDouble() - 0.5) * 0.002;
		Instant reported = day.atTime(LocalTime.of(8, 0)).plusMinutes(random.nextInt(12 * 60)).atZone(zone)
			.toInstant();
		Instant dispatched = reported.plus(Duration.ofMinutes(5 + random.nextInt(85)));
		Duration handling = handling(category, pace(category.defaultDepartment()));
		Instant closed = dispatched.plus(handling);
		String key = "demo-" + day + "-" + index;
		String channel = channel();
		Map<String, String> details = channel.startsWith("HOTLINE") ? Map.of("ticketNo", key) : null;
		NewCase report = new NewCase("history:" + key, channel, details, null, reporter(channel),
				category.kind().name(), category.code(), null, null, null,
				category.nameZh() + "(演示历史案件 / demo history)", null, lon, lat, null, null, null);
		if (closed.isAfter(now)) {
			return new HistoricalCase(key, report, reported, dispatched, category.defaultDepartment(),
					HistoricalCase.Outcome.HANDLING, null);
		}
		boolean late = handling.compareTo(handlingLimit(category)) > 0;
		Satisfaction answer = answer(channel, late);
		Instant calledBack = closed.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
		boolean called = answer != null && !calledBack.isAfter(now);
		return new HistoricalCase(key, report, reported, dispatched, category.defaultDepartment(),
				HistoricalCase.Outcome.CLOSED, closed, called ? answer : null, called ? calledBack : null);
	}

	/**
	 * The answer at the callback (回访), made within two days of the close: only a caller or a citizen who reported is
	 * called back, one in ten cannot be reached, and a case that ran late pleases far fewer.
	 */
	private Satisfaction answer(String channel, boolean late) {
		if (channel.equals("PATROL") || random.nextInt(10) == 0) {
			return null;
		}
		int roll = random.nextInt(100);
		int dissatisfied = late ? 30 : 4;
		int mostly = late ? 35 : 14;
		return roll < dissatisfied ? Satisfaction.DISSATISFIED
				: roll < dissatisfied + mostly ? Satisfaction.MOSTLY_SATISFIED : Satisfaction.SATISFIED;
	}

	/** Fewer reports at weekends. */
	private static double weekly(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY, SUNDAY -> 0.55;
			case MONDAY -> 1.25;
			default -> 1.0;
		};
	}

	/** More in summer (rain, heat, night markets), fewer around the turn of the year. */
	private static double yearly(LocalDate day) {
		return 1.0 + 0.3 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 105) / 365.0);
	}

	/**
	 * Mostly within about half of the category's handling limit, with a tail that runs past it: rarely at the
	 * quickest departments, for about half the cases at the slowest.
	 */
	private Duration handling(MinorClass category, double pace) {
		long limit = handlingLimit(category).toMinutes();
		long minutes = Math.round(limit * pace * 0.5 * Math.exp(random.nextGaussian() * 0.6));
		return Duration.ofMinutes(Math.max(10, minutes));
	}

	/**
	 * The category's handling limit as it lasts on the wall clock, near enough for invented cases: a working day
	 * takes a day and two fifths of a week's days, a working hour three hours of the clock.
	 */
	private static Duration handlingLimit(MinorClass category) {
		return category.timeLimits().stream()
			.filter(limit -> limit.stage() == Stage.HANDLE && limit.areaClass() == null)
			.findFirst()
			.map(TimeLimit::limit)
			.map(limit -> limit.unit() == WorkingDuration.Unit.DAYS ? Duration.ofHours(limit.amount() * 168L / 5)
					: Duration.ofHours(limit.amount() * 3L))
			.orElse(Duration.ofDays(7));
	}

	/**
	 * How slowly a department works, from a half to twice the usual handling time, the same every day, so that the
	 * monthly ranking has leaders and laggards.
	 */
	private double pace(String department) {
		return 0.5 + 1.5 * Math.pow(new Random(seed ^ department.hashCode()).nextDouble(), 2);
	}

	private String channel() {
		int roll = random.nextInt(100);
		return roll < 40 ? "HOTLINE_12345" : roll < 75 ? "PATROL" : roll < 93 ? "CITIZEN" : "HOTLINE_12319";
	}

	/** The demo's grid worker for what was found on patrol, else the operator who took the call or message in. */
	private static String reporter(String channel) {
		return channel.equals("PATROL") ? "worker" : "intake";
	}

	/** An index below {@code n}, small ones far more often (a Zipf-like skew). */
	private int skewed(int n) {
		return Math.min(n - 1, (int) Math.floor(Math.pow(n + 1, random.nextDouble())) - 1);
	}

	private int poisson(double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}
}
