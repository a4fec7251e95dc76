package org.onegrid.bench;

import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.onegrid.access.Authorization;
import org.onegrid.access.Grant;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseTallies;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A street's dashboard counts and case search over {@code --cases} (10,000,000) cases in OneGrid's case tables
 * ({@link CaseScaleData}), 50 streets of 100 grids each. Each round reads as the leader of a street not read
 * before (their grant built from account, person and roles for each call, as for each request), so that the
 * street's cases are cold for the first reader: A, the product's calls ({@link CaseScaleCalls}), and B, the plain
 * statements, run A B A B, or B A B A in every other round.
 * <p>
 * Options: {@code --server HOST:PORT}, {@code --cases 10000000}, {@code --rounds 4}, {@code --reuse} (keep the
 * database a previous run generated, when it holds as many cases), {@code --street 2} (the street the first round
 * reads; the next rounds read the streets after it, so that runs in turn can each read streets of their own).
 */
public final class CaseScaleBench {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final YearMonth LAST = YearMonth.of(2026, 11);

	private CaseScaleBench() {
	}

	public static void main(String[] args) throws Exception {
		GeneratedDatabase db = GeneratedDatabase.of("onegrid_scale", args, "--street");
		int firstStreet = Integer.parseInt(db.own.getOrDefault("--street", "2"));
		long cases = db.cases;
		int rounds = db.rounds;
		Instant end = LAST.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
		Instant start = LAST.plusMonths(1).minusYears(3).atDay(1).atStartOfDay(ZONE).toInstant();
		Instant monthStart = LAST.atDay(1).atStartOfDay(ZONE).toInstant();
		boolean generate = db.generate("SELECT count(*) FROM cases WHERE id > " + CaseScaleData.BASE_ID);
		ConfigurableApplicationContext context = db.start("--onegrid.cases.sweep-interval=1d");
		try (context; HikariDataSource pool = db.pool(2); Connection sql = pool.getConnection()) {
			if (generate) {
				long started = System.nanoTime();
				long[] templates = CaseScaleTemplates.make(context);
				System.out.printf(Locale.ROOT, "generating %,d cases from %s to %s%n", cases, start, end);
				CaseScaleData.generate(sql, cases, templates[0], templates[1], start, end);
				System.out.printf(Locale.ROOT, "generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
			}
			CaseScaleCalls calls = new CaseScaleCalls(context.getBean(CaseTallies.class),
					context.getBean(CaseSearch.class));
			Authorization authorization = context.getBean(Authorization.class);
			String loadAtStart = LifecycleBench.loadAverage();
			List<Map<String, Double>> first = new ArrayList<>();
			List<Map<String, Double>> second = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				int street = firstStreet + round;
				var leader = CaseScaleTemplates.leader(context, street);
				String key = "ops:" + CaseScaleData.street(street);
				boolean oneGridFirst = round % 2 == 0;
				for (int run = 0; run < 4; run++) {
					boolean a = (run % 2 == 0) == oneGridFirst;
					Map<String, Double> measured;
					if (a) {
						Grant grant = authorization.of(leader);
						measured = calls.oneGrid(grant, end, monthStart);
					}
					else {
						measured = CaseScaleCalls.plain(sql, key, end, monthStart);
					}
					(run < 2 ? first : second).add(measured);
					System.out.printf(Locale.ROOT, "street %s run %d: %s%n", key, run + 1, format(measured));
				}
			}
			System.out.printf(Locale.ROOT, "%d cores, load average %s at start, %s at end%n",
					Runtime.getRuntime().availableProcessors(), loadAtStart, LifecycleBench.loadAverage());
			System.out.println("medians, first reader of a street: " + format(medians(first)));
			System.out.println("medians, second reader: " + format(medians(second)));
		}
	}

	private static Map<String, Double> medians(List<Map<String, Double>> runs) {
		Map<String, List<Double>> byName = new LinkedHashMap<>();
		runs.forEach(run -> run.forEach((name, ms) -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(ms)));
		Map<String, Double> result = new LinkedHashMap<>();
		byName.forEach((name, values) -> result.put(name, values.stream().sorted().toList().get(values.size() / 2)));
		return result;
	}

	private static String format(Map<String, Double> times) {
		StringBuilder line = new StringBuilder();
		times.forEach((name, ms) -> line.append(line.isEmpty() ? "" : "; ").append(name)
			.append(String.format(Locale.ROOT, " %.1f ms", ms)));
		return line.toString();
	}
}
