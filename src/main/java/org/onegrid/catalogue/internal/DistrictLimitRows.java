package org.onegrid.catalogue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.calendar.WorkingDuration;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Stage;
import org.onegrid.catalogue.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored limits each district sets for itself, by district and then by {@code kind/code}; each holds in every
 * area class. A district may also set the most working days any stage may run in it.
 */
@Repository
public class DistrictLimitRows {

	private final JdbcClient jdbc;

	DistrictLimitRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, Map<String, List<TimeLimit>>> all() {
		Map<String, Map<String, List<TimeLimit>>> limits = new HashMap<>();
		jdbc.sql("SELECT * FROM catalogue_district_limit ORDER BY district, kind, code, stage")
			.query(rs -> {
				limits.computeIfAbsent(rs.getString("district"), district -> new HashMap<>())
					.computeIfAbsent(rs.getString("kind") + "/" + rs.getString("code"), key -> new ArrayList<>())
					.add(new TimeLimit(Stage.valueOf(rs.getString("stage")), null, new WorkingDuration(
							rs.getInt("amount"), WorkingDuration.Unit.valueOf(rs.getString("unit")))));
			});
		Map<String, Map<String, List<TimeLimit>>> frozen = new HashMap<>();
		limits.forEach((district, byClass) -> {
			Map<String, List<TimeLimit>> copy = new HashMap<>();
			byClass.forEach((key, list) -> copy.put(key, List.copyOf(list)));
			frozen.put(district, Map.copyOf(copy));
		});
		return Map.copyOf(frozen);
	}

	/** Stores one class's limits for the district; call inside a transaction, after {@link #delete}. */
	public void insert(String district, Kind kind, String code, List<TimeLimit> limits) {
		for (TimeLimit limit : limits) {
			jdbc.sql("""
					INSERT INTO catalogue_district_limit (district, kind, code, stage, amount, unit)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(district, kind.name(), code, limit.stage().name(), limit.limit().amount(),
						limit.limit().unit().name())
				.update();
		}
	}

	/** Removes every limit the district set, and its maximum; whether there were any. */
	public boolean delete(String district) {
		int maximum = jdbc.sql("DELETE FROM catalogue_district_maximum WHERE district = ?").param(district).update();
		return jdbc.sql("DELETE FROM catalogue_district_limit WHERE district = ?").param(district).update()
				+ maximum > 0;
	}

	/** The most working days each district that set one lets a stage run. */
	public Map<String, Integer> maximums() {
		Map<String, Integer> maximums = new HashMap<>();
		jdbc.sql("SELECT district, max_working_days FROM catalogue_district_maximum")
			.query(rs -> {
				maximums.put(rs.getString("district"), rs.getInt("max_working_days"));
			});
		return Map.copyOf(maximums);
	}

	/** Stores the district's maximum; call inside a transaction, after {@link #delete}. */
	public void insertMaximum(String district, int maxWorkingDays) {
		jdbc.sql("INSERT INTO catalogue_district_maximum (district, max_working_days) VALUES (?, ?)")
			.params(district, maxWorkingDays)
			.update();
	}
}
