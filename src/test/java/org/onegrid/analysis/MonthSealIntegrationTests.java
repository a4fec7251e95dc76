package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onegrid.IntegrationTest;
import org.onegrid.analysis.Outlook.OpinionMonth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After random histories of facts (reported in any month, answered, answered again, moved, replaced with another
 * month and category, removed) written before, between and after sealings of whole months and of a month's first
 * days, in two zones, the sealed counts equal a count of the facts made afresh, and the outlook's monthly counts and
 * a whole layer's daily counts for the forecast equal it too whatever is sealed.
 */
@IntegrationTest
class MonthSealIntegrationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final YearMonth FROM = YearMonth.of(2030, 11);

	static final YearMonth TO = YearMonth.of(2032, 9);

	static final String[] SATISFACTION = { "SATISFIED", "MOSTLY_SATISFIED", "DISSATISFIED" };

	@Autowired
	ReportFacts facts;

	@Autowired
	MonthlyFacts monthly;

	@Autowired
	MonthSeal seal;

	@Autowired
	ForecastDesk forecast;

	@Autowired
	JdbcClient jdbc;

	String layer;

	Random random;

	long nextId;

	List<Long> ids = new ArrayList<>();

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void sealedMonthsEqualTheFactsCountedAfresh(long seed) {
		random = new Random(seed);
		layer = "seal-" + seed + "-" + Long.toString(System.nanoTime(), 36);
		nextId = -(System.nanoTime() % 1_000_000_000L) * 1_000L;

		jdbc.sql("DELETE FROM analysis_month_seal").update();
		history(120);
		assertThat(seal.seal(SHANGHAI, shanghai("2031-10-15T10:00"))).isPositive();
		assertThat(seal.sealed()).get().extracting(MonthSeal.Sealed::until)
			.as("sealed to the start of the day").isEqualTo(shanghai("2031-10-15T00:00"));
		assertThat(rows("analysis_month_grid")).as("the sealed months are counted").isPositive();
		check(SHANGHAI);
		history(150);
		check(SHANGHAI);
		seal.seal(SHANGHAI, shanghai("2032-04-01T00:00"));
		assertThat(seal.sealed()).get().extracting(MonthSeal.Sealed::until)
			.isEqualTo(shanghai("2032-04-01T00:00"));
		history(150);
		check(SHANGHAI);
		seal.seal(ZoneOffset.UTC, Instant.parse("2032-03-10T00:00:00Z"));
		assertThat(seal.sealed()).get().extracting(MonthSeal.Sealed::until)
			.as("counted afresh in the new zone").isEqualTo(Instant.parse("2032-03-10T00:00:00Z"));
		history(80);
		check(ZoneOffset.UTC);
		check(SHANGHAI);
		seal.seal(SHANGHAI, shanghai("2032-06-20T00:00"));
		history(80);
		check(SHANGHAI);
		seal.seal(SHANGHAI, shanghai("2032-06-28T13:00"));
		assertThat(seal.sealed()).get().extracting(MonthSeal.Sealed::until).isEqualTo(shanghai("2032-06-28T00:00"));
		history(40);
		check(SHANGHAI);
	}

	/** Writes {@code steps} random changes to the facts, at times within a month of any month's end. */
	private void history(int steps) {
		for (int i = 0; i < steps; i++) {
			int action = ids.isEmpty() ? 0 : random.nextInt(10);
			long id = ids.isEmpty() ? 0 : ids.get(random.nextInt(ids.size()));
			switch (action) {
				case 0, 1, 2, 3 -> {
					long created = nextId--;
					ids.add(created);
					facts.reported(report(created, at()), "EVENT");
				}
				case 4, 5 -> facts.evaluated(id, answer());
				case 6 -> facts.moved(id, layer, grid(), 121, 31);
				case 7 -> facts.replace(report(id, at()), "EVENT", random.nextBoolean() ? answer() : null);
				case 8 -> facts.closed(id, at());
				default -> {
					jdbc.sql("DELETE FROM analysis_report WHERE case_id = :id").param("id", id).update();
					ids.remove(id);
				}
			}
		}
	}

	private ReportFacts.Report report(long id, Instant at) {
		return new ReportFacts.Report(id, layer, grid(), "0" + (201 + random.nextInt(3)), at, 121, 31, null);
	}

	private ReportFacts.Answer answer() {
		return new ReportFacts.Answer(SATISFACTION[random.nextInt(3)], at());
	}

	private String grid() {
		return "G" + random.nextInt(4);
	}

	/** A time within half a day of a month's first instant in Shanghai or in UTC, or anywhere in the month. */
	private Instant at() {
		YearMonth month = FROM.plusMonths(1 + random.nextInt(20));
		LocalDateTime start = month.atDay(1).atStartOfDay();
		return switch (random.nextInt(3)) {
			case 0 -> start.atZone(SHANGHAI).toInstant().plusSeconds(random.nextInt(86_400) - 43_200);
			case 1 -> start.toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400) - 43_200);
			default -> start.atZone(SHANGHAI).toInstant().plusSeconds(random.nextInt(27 * 86_400));
		};
	}

	private void check(ZoneId zone) {
		assertSealedMonths(zone);
		assertForecastDays(zone);
		List<MonthlyFacts.Filter> filters = List.of(new MonthlyFacts.Filter(layer, null, null),
				new MonthlyFacts.Filter(layer, null, "0202"), new MonthlyFacts.Filter(layer, List.of("G1", "G3"), null),
				new MonthlyFacts.Filter(layer, List.of("G0", "G2"), "0203"));
		for (MonthlyFacts.Filter filter : filters) {
			Map<YearMonth, Integer> reported = new TreeMap<>(monthly.reported(filter, FROM, TO, zone));
			reported.values().removeIf(n -> n == 0);
			assertThat(reported).as("reported in %s, %s", zone, filter).isEqualTo(afresh(filter, "reported_at", zone));
			Map<YearMonth, String> answers = new TreeMap<>();
			monthly.answers(filter, FROM, TO, zone).forEach((month, given) -> {
				if (given.evaluated() > 0) {
					answers.put(month, "%d/%d/%d".formatted(given.evaluated(), given.satisfied(), given.dissatisfied()));
				}
			});
			assertThat(answers).as("answers in %s, %s", zone, filter).isEqualTo(afreshAnswers(filter, zone));
		}
	}

	/** The sealed counts per grid and per layer equal the facts' counts in each sealed month. */
	private void assertSealedMonths(ZoneId zone) {
		MonthSeal.Sealed sealed = seal.sealed().orElseThrow();
		if (!sealed.zone().equals(zone)) {
			return;
		}
		String facts = """
				SELECT %s, minor_code, %s, sum(r) AS r, sum(s) AS s, sum(d) AS d
				FROM (SELECT grid, minor_code, reported_at AS t, 1 AS r, 0 AS s, 0 AS d FROM analysis_report
				      WHERE layer = :layer
				      UNION ALL
				      SELECT grid, minor_code, evaluated_at, 0, (satisfaction <> 'DISSATISFIED')::int,
				        (satisfaction = 'DISSATISFIED')::int FROM analysis_report
				      WHERE layer = :layer AND evaluated_at IS NOT NULL) f
				WHERE t < :until GROUP BY 1, 2, 3""";
		String byGrid = "SELECT grid, minor_code, month, reported, satisfied, dissatisfied FROM analysis_month_grid "
				+ "WHERE layer = :layer AND (reported, satisfied, dissatisfied) <> (0, 0, 0)";
		assertThat(table(byGrid, zone, sealed)).as("per grid and month")
			.isEqualTo(table(facts.formatted("grid", "date_trunc('month', t AT TIME ZONE :zone)::date"), zone, sealed));
		String byLayer = "SELECT '', minor_code, day, reported, satisfied, dissatisfied FROM analysis_day_layer "
				+ "WHERE layer = :layer AND (reported, satisfied, dissatisfied) <> (0, 0, 0)";
		assertThat(table(byLayer, zone, sealed)).as("per layer and day")
			.isEqualTo(table(facts.formatted("''", "(t AT TIME ZONE :zone)::date"), zone, sealed));
	}

	/** A whole layer's forecast counts each day's reports as the facts do, sealed or not. */
	private void assertForecastDays(ZoneId zone) {
		LocalDate start = LocalDate.of(2031, 12, 20);
		LocalDate end = LocalDate.of(2032, 7, 10);
		for (String category : new String[] { null, "0201" }) {
			double[] counts = forecast.counts(layer, null, category, start, end, zone);
			Map<LocalDate, Integer> days = new TreeMap<>();
			for (int t = 0; t < counts.length; t++) {
				if (counts[t] > 0) {
					days.put(start.plusDays(t), (int) counts[t]);
				}
			}
			Map<LocalDate, Integer> afresh = new TreeMap<>();
			jdbc.sql("""
					SELECT (reported_at AT TIME ZONE :zone)::date, count(*) FROM analysis_report
					WHERE layer = :layer AND (CAST(:category AS text) IS NULL OR minor_code = :category)
					  AND (reported_at AT TIME ZONE :zone)::date BETWEEN :start AND :end - 1 GROUP BY 1""")
				.param("zone", zone.getId())
				.param("layer", layer)
				.param("category", category)
				.param("start", start)
				.param("end", end)
				.query((rs, n) -> afresh.put(rs.getObject(1, LocalDate.class), rs.getInt(2)))
				.list();
			assertThat(days).as("days in %s, category %s", zone, category).isEqualTo(afresh);
		}
	}

	private Map<String, String> table(String sql, ZoneId zone, MonthSeal.Sealed sealed) {
		Map<String, String> rows = new TreeMap<>();
		jdbc.sql(sql)
			.param("zone", zone.getId())
			.param("layer", layer)
			.param("until", java.sql.Timestamp.from(sealed.until()))
			.query((rs, n) -> rows.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3),
					rs.getLong(4) + "/" + rs.getLong(5) + "/" + rs.getLong(6)))
			.list();
		return rows;
	}

	private Map<YearMonth, Integer> afresh(MonthlyFacts.Filter filter, String column, ZoneId zone) {
		Map<YearMonth, Integer> counts = new TreeMap<>();
		jdbc.sql("SELECT to_char(%1$s AT TIME ZONE :zone, 'YYYY-MM'), count(*) FROM analysis_report WHERE %2$s GROUP BY 1"
			.formatted(column, where(filter)))
			.params(params(filter, zone))
			.query((rs, n) -> counts.put(YearMonth.parse(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	private Map<YearMonth, String> afreshAnswers(MonthlyFacts.Filter filter, ZoneId zone) {
		Map<YearMonth, String> answers = new TreeMap<>();
		jdbc.sql("""
				SELECT to_char(evaluated_at AT TIME ZONE :zone, 'YYYY-MM'), count(*),
				  count(*) FILTER (WHERE satisfaction <> 'DISSATISFIED'), count(*) FILTER (WHERE satisfaction = 'DISSATISFIED')
				FROM analysis_report WHERE evaluated_at IS NOT NULL AND %s GROUP BY 1""".formatted(where(filter)))
			.params(params(filter, zone))
			.query((rs, n) -> answers.put(YearMonth.parse(rs.getString(1)),
					rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4)))
			.list();
		return answers;
	}

	private static String where(MonthlyFacts.Filter filter) {
		return "layer = :layer" + (filter.category() == null ? "" : " AND minor_code = :category")
				+ (filter.grids() == null ? "" : " AND grid = ANY (:grids)");
	}

	private Map<String, Object> params(MonthlyFacts.Filter filter, ZoneId zone) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zone.getId());
		params.put("layer", layer);
		params.put("category", filter.category());
		params.put("grids", filter.grids() == null ? new String[0] : filter.grids().toArray(String[]::new));
		return params;
	}

	private long rows(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE layer = :layer").param("layer", layer)
			.query(Long.class).single();
	}

	private static Instant shanghai(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}
}
