package org.onegrid.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.Authorization;
import org.onegrid.access.Caller;
import org.onegrid.assessment.Assessment;
import org.onegrid.assessment.AssessmentRollups;
import org.onegrid.assessment.ObjectType;
import org.onegrid.assessment.Period;
import org.onegrid.assessment.PeriodScores;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.UnitDefinition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monthly assessment of every department over {@code --cases} (10,000,000) cases reported over three years in
 * 5,000 grids and 40 departments ({@link AssessmentData}), with the product's rollup of dispatches built from those
 * facts as the product keeps it. A: OneGrid's {@link Assessment#scores} for the month, as a
 * street leader reads them (the leader's grant is built from their account, person and roles for each call, as for
 * each request): every department's indicators for the month, the month before and the month a year before, then
 * scored, graded and ranked. B: one plain {@code GROUP BY} counting the month's dispatches per department, the least
 * any assessment must read. Each round takes a month not read before and runs A B A B on it, or B A B A in every
 * other round, so that each is measured cold (first on a month) in half the rounds; the ratio is of the second runs.
 * <p>
 * Options: {@code --server HOST:PORT}, {@code --cases 10000000}, {@code --rounds 4}, {@code --reuse} (keep the
 * database a previous run generated, when it holds as many cases), {@code --closed true} (first close each round's
 * month before and month a year before, as a district that closes its months has, timing each close).
 */
public final class AssessmentBench {

	private static final int GRIDS = 5_000;

	private static final int DEPARTMENTS = 40;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final YearMonth LAST = YearMonth.of(2026, 11);

	private static final String PLAIN = "SELECT department, count(*) FROM assessment_step WHERE step = 'DISPATCH' "
			+ "AND at >= ? AND at < ? GROUP BY department";

	private AssessmentBench() {
	}

	public static void main(String[] args) throws Exception {
		GeneratedDatabase db = GeneratedDatabase.of("onegrid_bench", args, "--closed");
		boolean closed = Boolean.parseBoolean(db.own.getOrDefault("--closed", "false"));
		long cases = db.cases;
		int rounds = db.rounds;
		Instant end = LAST.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
		Instant start = LAST.plusMonths(1).minusYears(3).atDay(1).atStartOfDay(ZONE).toInstant();
		boolean generate = db.generate("SELECT count(*) FROM assessment_case");
		ConfigurableApplicationContext context = db.start();
		try (context; HikariDataSource pool = db.pool(2); Connection sql = pool.getConnection()) {
			if (generate) {
				long started = System.nanoTime();
				System.out.printf(Locale.ROOT, "generating %,d cases from %s to %s%n", cases, start, end);
				AssessmentData.generate(sql, cases, GRIDS, DEPARTMENTS, start, end);
				System.out.printf(Locale.ROOT, "generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
				started = System.nanoTime();
				int rows = context.getBean(AssessmentRollups.class).rebuild();
				sql.createStatement().execute("VACUUM (ANALYZE) assessment_dispatch");
				System.out.printf(Locale.ROOT, "rollup of %,d dispatches built in %.0f s%n", rows,
						(System.nanoTime() - started) / 1e9);
			}
			Caller leader = leader(context);
			if (closed) {
				closeComparisons(context, rounds);
			}
			String loadAtStart = LifecycleBench.loadAverage();
			List<double[]> results = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				YearMonth month = LAST.minusMonths(2L * round + 1);
				Period period = Period.month(month);
				Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
				Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
				boolean oneGridFirst = round % 2 == 0;
				double[] times = new double[4];
				for (int run = 0; run < 4; run++) {
					boolean a = (run % 2 == 0) == oneGridFirst;
					times[(a ? 0 : 2) + run / 2] = a ? oneGrid(context, period, leader) : plain(sql, from, to);
				}
				System.out.printf(Locale.ROOT, "%s (%s first): OneGrid %.0f ms then %.0f ms; plain GROUP BY %.0f ms then"
						+ " %.0f ms; ratio (second runs) %.1fx%n", month, oneGridFirst ? "OneGrid" : "plain", times[0],
						times[1], times[2], times[3], times[1] / times[3]);
				results.add(new double[] { oneGridFirst ? times[0] : Double.NaN, times[1],
						oneGridFirst ? Double.NaN : times[2], times[3] });
			}
			System.out.printf(Locale.ROOT, "%d cores, load average %s at start, %s at end; medians: OneGrid cold %.0f ms,"
					+ " second run %.0f ms; plain cold %.0f ms, second run %.0f ms%n",
					Runtime.getRuntime().availableProcessors(), loadAtStart, LifecycleBench.loadAverage(),
					median(results, 0), median(results, 1), median(results, 2), median(results, 3));
		}
	}

	/**
	 * Closes the month before and the month a year before each round's month, as a district that closes its months
	 * has done long before it reads them, so that the comparisons are read as published; prints what each took.
	 */
	private static void closeComparisons(ConfigurableApplicationContext context, int rounds) {
		Assessment assessment = context.getBean(Assessment.class);
		for (int round = 0; round < rounds; round++) {
			YearMonth month = LAST.minusMonths(2L * round + 1);
			for (YearMonth comparison : List.of(month.minusMonths(1), month.minusYears(1))) {
				long started = System.nanoTime();
				assessment.close(comparison, "bench");
				System.out.printf(Locale.ROOT, "closed %s in %.0f ms%n", comparison, (System.nanoTime() - started) / 1e6);
			}
		}
	}

	/** Milliseconds for the leader's monthly department scores, with the grant built as a request builds it. */
	private static double oneGrid(ConfigurableApplicationContext context, Period period, Caller leader) {
		long started = System.nanoTime();
		PeriodScores scores = context.getBean(Assessment.class).scores(period, ObjectType.DEPARTMENT,
				context.getBean(Authorization.class).of(leader));
		double ms = (System.nanoTime() - started) / 1e6;
		if (scores.rows().size() != DEPARTMENTS) {
			throw new IllegalStateException("expected every department scored, got " + scores.rows().size());
		}
		return ms;
	}

	private static double plain(Connection sql, Instant from, Instant to) throws Exception {
		long started = System.nanoTime();
		int departments = 0;
		try (PreparedStatement query = sql.prepareStatement(PLAIN)) {
			query.setObject(1, from.atOffset(java.time.ZoneOffset.UTC));
			query.setObject(2, to.atOffset(java.time.ZoneOffset.UTC));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					departments++;
				}
			}
		}
		double ms = (System.nanoTime() - started) / 1e6;
		if (departments != DEPARTMENTS) {
			throw new IllegalStateException("expected every department counted, got " + departments);
		}
		return ms;
	}

	/** A street leader with an account, as the people who read the monthly assessment are. */
	private static Caller leader(ConfigurableApplicationContext context) {
		Organisation organisation = context.getBean(Organisation.class);
		if (!organisation.exists("bench-street")) {
			organisation.define(new UnitDefinition("bench-street", "考核街道", "STREET", null, null, null, false));
		}
		AccountDirectory accounts = context.getBean(AccountDirectory.class);
		Account account = accounts.all().stream().filter(a -> a.username().equals("bench-leader")).findFirst()
			.orElseGet(() -> {
				long person = context.getBean(People.class).add(new PersonDefinition("街道领导", null, "bench-street",
						null, List.of("leader"), false)).id();
				return accounts.create(new AccountDirectory.AccountRequest("bench-leader", "街道领导",
						BenchLogin.PASSWORD, List.of("leader"), person, true), "bench", false);
			});
		return new Caller(account.id(), account.username(), account.displayName(), account.roles(),
				account.personId());
	}

	/** The median of a column's measured values (a cold run is measured only for whichever went first). */
	private static double median(List<double[]> results, int column) {
		double[] values = results.stream().mapToDouble(r -> r[column]).filter(v -> !Double.isNaN(v)).sorted().toArray();
		return values.length == 0 ? Double.NaN : values[values.length / 2];
	}
}
