package org.onegrid.fieldwork.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The patrol rollup: which worker was in which leaf grid on which local day.
 */
@Repository
public class PatrolVisits {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	PatrolVisits(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A worker in a grid on a day. */
	public record Visit(String layer, String grid, LocalDate day, long worker) {
	}

	/** Records the visits; ones already recorded are left as they are. */
	public void add(Collection<Visit> visits) {
		List<Object[]> rows = new ArrayList<>(visits.size());
		visits.forEach(v -> rows.add(new Object[] { v.layer(), v.grid(), v.day(), v.worker() }));
		batch.batchUpdate("""
				INSERT INTO patrol_visit (layer_code, grid_code, day, worker_id) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING
				""", rows);
	}

	/** The distinct (grid, day) pairs of the layer between the two days, inclusive. */
	public List<Visit> days(String layer, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT DISTINCT grid_code, day FROM patrol_visit WHERE layer_code = ? AND day BETWEEN ? AND ?
				""").params(layer, from, to)
			.query((rs, row) -> new Visit(layer, rs.getString(1), rs.getObject(2, LocalDate.class), 0))
			.list();
	}

	/** The distinct (layer, grid) pairs one worker visited between the two days, inclusive. */
	public List<Visit> byWorker(long worker, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT DISTINCT layer_code, grid_code FROM patrol_visit WHERE worker_id = ? AND day BETWEEN ? AND ?
				""").params(worker, from, to)
			.query((rs, row) -> new Visit(rs.getString(1), rs.getString(2), null, worker))
			.list();
	}

	/** Every (layer, grid, day) one worker visited between the two days, inclusive. */
	public List<Visit> daysOf(long worker, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT layer_code, grid_code, day FROM patrol_visit WHERE worker_id = ? AND day BETWEEN ? AND ?
				""").params(worker, from, to)
			.query((rs, row) -> new Visit(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), worker))
			.list();
	}
}
