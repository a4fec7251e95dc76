package org.onegrid.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.calendar.WorkingCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the counts that the database keeps in step with every change to a case: for one scope key, the counts of
 * {@code case_tally} and the contributions of the changes still pending there (noted by the cases' trigger, not yet
 * added by {@link TallyFolding}), summed, so that every committed change counts at once.
 * A key is the whole district ({@code *}) or a grid above the leaf of some case's trail; see
 * {@link #countsAhead(String)}.
 */
@Component
class KeptTallies {

	/** The key under which every case counts. */
	static final String DISTRICT = "*";

	private static final String SEPARATOR = "\u001f";

	/** The counts of one scope key, {@code :key}, pending changes included. */
	private static final String COUNTS = """
			(SELECT measure, day, dimension, n FROM case_tally WHERE scope_key = :key
			 UNION ALL
			 SELECT measure, day, dimension, n FROM case_tally_pending_for(:key)) counts""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	KeptTallies(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.zone = calendar.zone();
	}

	/**
	 * The day that starts at {@code at}, when it is a midnight in the calendar's zone (the zone the counts are kept
	 * in); else empty, and a period bounded there must be counted by reading the cases.
	 */
	Optional<LocalDate> dayStarting(Instant at) {
		LocalDate day = LocalDate.ofInstant(at, zone);
		return day.atStartOfDay(zone).toInstant().equals(at) ? Optional.of(day) : Optional.empty();
	}

	/**
	 * Whether the cases of {@code key} are counted ahead: the district always, a grid unless it is the leaf of some
	 * case's trail (a leaf's few cases are counted by reading them).
	 */
	boolean countsAhead(String key) {
		return DISTRICT.equals(key) || !jdbc.sql("SELECT case_tally_is_leaf(?)").param(key).query(Boolean.class).single();
	}

	/**
	 * The key whose kept counts answer for the reader: the district for a reader who sees it whole, or the one grid a
	 * reader sees without departments, if that grid is counted ahead. A reader so scoped also sees the cases they
	 * reported elsewhere, which the caller counts apart.
	 */
	Optional<String> keyFor(Grant reader) {
		if (reader.all()) {
			return Optional.of(DISTRICT);
		}
		if (!reader.departments().isEmpty() || reader.gridKeys().size() != 1) {
			return Optional.empty();
		}
		String key = reader.gridKeys().iterator().next();
		return countsAhead(key) ? Optional.of(key) : Optional.empty();
	}

	/**
	 * A measure summed over every dimension that starts with one of {@code prefixes} (every dimension when one is
	 * empty), on the days {@code [from, to)}, or on every day when they are {@code null}. Each prefix is summed on its
	 * own, as one range of the counts' index by dimension, so that the sum reads the matching counts only, from the
	 * index alone.
	 */
	long sum(String key, String measure, List<String> prefixes, LocalDate from, LocalDate to) {
		String days = (from == null ? "" : " AND day >= :from") + (to == null ? "" : " AND day < :to");
		List<String> sums = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		for (String prefix : prefixes.contains("") ? List.of("") : prefixes) {
			int i = sums.size();
			String range = "";
			if (!prefix.isEmpty()) {
				range = " AND dimension COLLATE \"C\" >= :low%d AND dimension COLLATE \"C\" < :high%d".formatted(i, i);
				params.put("low" + i, prefix);
				params.put("high" + i, following(prefix));
			}
			sums.add("(SELECT coalesce(sum(n), 0) FROM " + COUNTS + " WHERE measure = :measure" + days + range + ")");
		}
		return jdbc.sql("SELECT " + String.join(" + ", sums))
			.params(params)
			.param("key", key)
			.param("measure", measure)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	/** The least text after every text that starts with {@code prefix}, in byte order: its last character raised. */
	private static String following(String prefix) {
		int last = prefix.codePointBefore(prefix.length());
		return prefix.substring(0, prefix.length() - Character.charCount(last))
				+ new String(Character.toChars(last + 1));
	}

	/** A measure counted by day, summed over {@code [from, to)}, by dimension. */
	Map<String, Long> byDay(String key, String measure, LocalDate from, LocalDate to) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT dimension, sum(n) AS n FROM " + COUNTS
				+ " WHERE measure = :measure AND day >= :from AND day < :to GROUP BY dimension HAVING sum(n) <> 0")
			.param("key", key)
			.param("measure", measure)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> counts.put(rs.getString("dimension"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Measures counted now (not on a day), by measure and dimension. */
	Map<String, Map<String, Long>> now(String key, List<String> measures) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		measures.forEach(measure -> counts.put(measure, new LinkedHashMap<>()));
		jdbc.sql("SELECT measure, dimension, sum(n) AS n FROM " + COUNTS + " WHERE measure IN (:measures)"
				+ " AND day = 'infinity' GROUP BY measure, dimension HAVING sum(n) <> 0")
			.param("key", key)
			.param("measures", measures)
			.query((rs, row) -> counts.get(rs.getString("measure")).put(rs.getString("dimension"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The parts of a dimension joined by the database: a category's kind and minor class, a grid's four names. */
	static String[] parts(String dimension) {
		return dimension.split(SEPARATOR, -1);
	}
}
