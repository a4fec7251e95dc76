package org.onegrid.spotcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored checks and their results, one row per check and one per worker checked. */
@Repository
class SpotCheckRecords {

	private final JdbcClient jdbc;

	SpotCheckRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the check of the rule at the slot and returns its id; empty when it was stored already. */
	Optional<Long> claim(SpotCheckRule rule, SpotCheckPlan.Slot slot, Instant now) {
		return jdbc.sql("""
				INSERT INTO spot_check (rule_code, unit_code, kind, slot_at, checked_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (rule_code, slot_at) DO NOTHING RETURNING id
				""").params(rule.code(), rule.unit(), slot.kind(), Timestamp.from(slot.at()), Timestamp.from(now))
			.query(Long.class).optional();
	}

	/** Whether the rule's check at the slot was made already, so that a sweep need not gather its workers again. */
	boolean made(String ruleCode, Instant slotAt) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM spot_check WHERE rule_code = ? AND slot_at = ?)")
			.params(ruleCode, Timestamp.from(slotAt)).query(Boolean.class).single();
	}

	void add(long checkId, SpotCheckResult result) {
		jdbc.sql("""
				INSERT INTO spot_check_result (spot_check_id, person_id, person_name, unit_code, result, position_at,
				  lon, lat, grid_code)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(checkId, result.personId(), result.name(), result.unitCode(), result.result(),
					result.positionAt() == null ? null : Timestamp.from(result.positionAt()), result.lon(),
					result.lat(), result.gridCode())
			.update();
	}

	/**
	 * The checks due in [from, to), newest first, each with the results of the workers posted at one of
	 * {@code units}, or of the one person; a check with no such result is left out.
	 */
	List<SpotCheck> list(List<String> units, Long personId, Instant from, Instant to) {
		Map<Long, List<SpotCheckResult>> results = new LinkedHashMap<>();
		Map<Long, SpotCheck> checks = new HashMap<>();
		jdbc.sql("""
				SELECT s.*, r.person_id, r.person_name, r.unit_code AS person_unit, r.result, r.position_at, r.lon,
				  r.lat, r.grid_code
				FROM spot_check s JOIN spot_check_result r ON r.spot_check_id = s.id
				WHERE s.slot_at >= :from AND s.slot_at < :to
				  AND (CAST(:person AS bigint) IS NULL OR r.person_id = :person)
				  AND (:anyUnit OR r.unit_code IN (:units))
				ORDER BY s.slot_at DESC, s.id DESC, r.person_name, r.person_id
				LIMIT 20000
				""").param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("person", personId)
			.param("anyUnit", units == null).param("units", units == null || units.isEmpty() ? List.of("") : units)
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				if (!checks.containsKey(id)) {
					checks.put(id, check(rs));
				}
				SpotCheckResult line = result(rs);
				results.computeIfAbsent(id, key -> new ArrayList<>()).add(line);
			});
		List<SpotCheck> list = new ArrayList<>();
		results.forEach((id, lines) -> {
			SpotCheck check = checks.get(id);
			list.add(new SpotCheck(id, check.ruleCode(), check.unitCode(), check.kind(), check.slotAt(),
					check.checkedAt(), lines.size(), count(lines, SpotCheckResult.IN_GRID),
					count(lines, SpotCheckResult.OUT_OF_GRID), count(lines, SpotCheckResult.NO_POSITION), lines));
		});
		return list;
	}

	Map<Long, SpotCheckTally> tally(Instant from, Instant to) {
		Map<Long, SpotCheckTally> tallies = new HashMap<>();
		jdbc.sql("""
				SELECT r.person_id, count(*) AS checks, count(*) FILTER (WHERE r.result = 'IN_GRID') AS in_grid
				FROM spot_check s JOIN spot_check_result r ON r.spot_check_id = s.id
				WHERE s.slot_at >= ? AND s.slot_at < ? GROUP BY r.person_id
				""").params(Timestamp.from(from), Timestamp.from(to))
			.query((ResultSet rs) -> {
				tallies.put(rs.getLong("person_id"), new SpotCheckTally(rs.getLong("person_id"), rs.getLong("checks"),
						rs.getLong("in_grid")));
			});
		return tallies;
	}

	private static int count(List<SpotCheckResult> lines, String result) {
		return (int) lines.stream().filter(line -> line.result().equals(result)).count();
	}

	private static SpotCheck check(ResultSet rs) throws SQLException {
		return new SpotCheck(rs.getLong("id"), rs.getString("rule_code"), rs.getString("unit_code"),
				rs.getString("kind"), instant(rs, "slot_at"), instant(rs, "checked_at"), 0, 0, 0, 0, List.of());
	}

	private static SpotCheckResult result(ResultSet rs) throws SQLException {
		Object lon = rs.getObject("lon");
		Object lat = rs.getObject("lat");
		return new SpotCheckResult(rs.getLong("person_id"), rs.getString("person_name"), rs.getString("person_unit"),
				rs.getString("result"), instant(rs, "position_at"), lon == null ? null : ((Number) lon).doubleValue(),
				lat == null ? null : ((Number) lat).doubleValue(), rs.getString("grid_code"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
