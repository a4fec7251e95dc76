package org.onegrid.analysis;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.onegrid.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the facts up to the start of the current day: counts the reports and callback answers once, per grid, month
 * and category and per layer, day and category, whole months at a time and then the current month's past days, so
 * that the outlook and a whole layer's forecast read a few counts and today's facts instead of every fact. A span is
 * sealed while no fact is being written, so none is counted twice or missed; a fact written later in a sealed span
 * is folded in by the database as it is written. Months and days are those of the district's zone; when the zone
 * changes they are counted afresh. Instances may seal at the same time: each span is sealed once.
 */
@Component
class MonthSeal {

	private static final Logger log = LoggerFactory.getLogger(MonthSeal.class);

	/** The sealed months' zone and the first instant not sealed, the start of a day in that zone. */
	record Sealed(ZoneId zone, Instant until) {

		/** The first instant not sealed, or null when the months were sealed in another zone. */
		Instant until(ZoneId reader) {
			return zone.equals(reader) ? until : null;
		}
	}

	private static final RowMapper<Sealed> SEALED = (rs, row) -> new Sealed(ZoneId.of(rs.getString(1)),
			rs.getTimestamp(2).toInstant());

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final WorkingCalendar calendar;

	MonthSeal(JdbcClient jdbc, TransactionTemplate transactions, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.calendar = calendar;
	}

	@Scheduled(fixedDelayString = "${onegrid.analysis.seal-interval:1h}",
			initialDelayString = "${onegrid.analysis.seal-delay:1m}")
	void onSchedule() {
		try {
			int spans = seal(calendar.zone(), calendar.now());
			if (spans > 0) {
				log.info("Sealed the analysis facts of {} month(s) or part(s) of a month", spans);
			}
		}
		catch (DataAccessException e) {
			log.warn("The analysis facts could not be sealed now; the next run tries again: {}", e.getMessage());
		}
	}

	/** Seals, in {@code zone}, every day before the one {@code now} falls in; returns how many spans it sealed. */
	int seal(ZoneId zone, Instant now) {
		Instant today = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
		int sealed = 0;
		while (Boolean.TRUE.equals(transactions.execute(status -> sealNext(zone, today)))) {
			sealed++;
		}
		return sealed;
	}

	/**
	 * Read-only transactions that see one snapshot: a reader of the seal and of the counts sealed up to it must read
	 * both as of one instant, or a span sealed in between would be counted from the counts and from the facts.
	 */
	static TransactionTemplate snapshot(PlatformTransactionManager transactions) {
		TransactionTemplate snapshot = new TransactionTemplate(transactions);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return snapshot;
	}

	/** What is sealed now, if anything. */
	Optional<Sealed> sealed() {
		return jdbc.sql("SELECT zone, sealed_until FROM analysis_month_seal").query(SEALED).optional();
	}

	/** Seals the rest of the first open month, or of its days before {@code today}; false when nothing is open. */
	private boolean sealNext(ZoneId zone, Instant today) {
		jdbc.sql("SET LOCAL lock_timeout = '2s'").update();
		jdbc.sql("LOCK TABLE analysis_report IN SHARE ROW EXCLUSIVE MODE").update();
		List<String> layers = jdbc.sql("""
				WITH RECURSIVE layers AS (
				  SELECT min(layer) AS layer FROM analysis_report
				  UNION ALL
				  SELECT (SELECT min(r.layer) FROM analysis_report r WHERE r.layer > l.layer) FROM layers l
				  WHERE l.layer IS NOT NULL)
				SELECT layer FROM layers WHERE layer IS NOT NULL""").query(String.class).list();
		Optional<Sealed> sealed = jdbc.sql("SELECT zone, sealed_until FROM analysis_month_seal FOR UPDATE")
			.query(SEALED)
			.optional();
		Instant open = sealed.map(s -> s.until(zone)).orElse(null);
		if (open == null) {
			jdbc.sql("DELETE FROM analysis_month_grid").update();
			jdbc.sql("DELETE FROM analysis_day_layer").update();
			open = first(layers).map(at -> start(YearMonth.from(at.atZone(zone)), zone)).orElse(today);
			store(zone, open);
		}
		if (!open.isBefore(today)) {
			return false;
		}
		YearMonth month = YearMonth.from(open.atZone(zone));
		Instant next = start(month.plusMonths(1), zone);
		Timestamp start = Timestamp.from(open);
		Timestamp end = Timestamp.from(next.isBefore(today) ? next : today);
		jdbc.sql("""
				WITH counts AS MATERIALIZED (
				  SELECT layer, grid, minor_code, (t AT TIME ZONE :zone)::date AS day, sum(reported) AS reported,
				    sum(satisfied) AS satisfied, sum(dissatisfied) AS dissatisfied
				  FROM (SELECT layer, grid, minor_code, reported_at AS t, 1 AS reported, 0 AS satisfied,
				          0 AS dissatisfied
				        FROM analysis_report WHERE layer = ANY (:layers) AND reported_at >= :start AND reported_at < :end
				        UNION ALL
				        SELECT layer, grid, minor_code, evaluated_at, 0, (satisfaction <> 'DISSATISFIED')::int,
				          (satisfaction = 'DISSATISFIED')::int
				        FROM analysis_report
				        WHERE layer = ANY (:layers) AND evaluated_at >= :start AND evaluated_at < :end) f
				  GROUP BY 1, 2, 3, 4),
				by_grid AS (
				  INSERT INTO analysis_month_grid AS m
				  SELECT layer, grid, CAST(:month AS date), minor_code, sum(reported), sum(satisfied), sum(dissatisfied)
				  FROM counts GROUP BY layer, grid, minor_code
				  ON CONFLICT (layer, grid, month, minor_code) DO UPDATE
				    SET reported = m.reported + excluded.reported, satisfied = m.satisfied + excluded.satisfied,
				      dissatisfied = m.dissatisfied + excluded.dissatisfied)
				INSERT INTO analysis_day_layer AS m
				SELECT layer, day, minor_code, sum(reported), sum(satisfied), sum(dissatisfied) FROM counts
				GROUP BY layer, day, minor_code
				ON CONFLICT (layer, day, minor_code) DO UPDATE
				  SET reported = m.reported + excluded.reported, satisfied = m.satisfied + excluded.satisfied,
				    dissatisfied = m.dissatisfied + excluded.dissatisfied""")
			.param("zone", zone.getId())
			.param("layers", layers.toArray(String[]::new))
			.param("start", start)
			.param("end", end)
			.param("month", month.atDay(1))
			.update();
		store(zone, end.toInstant());
		return true;
	}

	private void store(ZoneId zone, Instant until) {
		jdbc.sql("""
				INSERT INTO analysis_month_seal (zone, sealed_until) VALUES (:zone, :until)
				ON CONFLICT (only_row) DO UPDATE SET zone = excluded.zone, sealed_until = excluded.sealed_until""")
			.param("zone", zone.getId())
			.param("until", Timestamp.from(until))
			.update();
	}

	/** The earliest report or answer among the facts. */
	private Optional<Instant> first(List<String> layers) {
		return jdbc.sql("""
				SELECT min(least((SELECT min(reported_at) FROM analysis_report WHERE layer = l),
				  (SELECT min(evaluated_at) FROM analysis_report WHERE layer = l AND evaluated_at IS NOT NULL)))
				FROM unnest(CAST(:layers AS text[])) l""")
			.param("layers", layers.toArray(String[]::new))
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(Timestamp::toInstant);
	}

	private static Instant start(YearMonth month, ZoneId zone) {
		return month.atDay(1).atStartOfDay(zone).toInstant();
	}
}
