package org.onegrid.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored import jobs: each keeps its file, its mapping and how far it got, so that any instance can continue it.
 */
@Repository
class ImportJobs {

	private static final String COLUMNS = "id, mapping_name, state, rows_total, rows_done, rows_failed, created_by, "
			+ "created_at, updated_at, failure";

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored work of a job: its file, mapping document and the first row not yet committed. */
	record Work(long id, String mapping, String content, int nextRow, int rowsTotal, String createdBy) {
	}

	long create(String mappingName, String mappingJson, String content, int rowsTotal, String createdBy,
			Instant now) {
		return jdbc.sql("""
				INSERT INTO history_import (mapping_name, mapping, content, state, rows_total, created_by, created_at,
				  updated_at)
				VALUES (:name, :mapping, :content, 'RUNNING', :total, :by, :now, :now)
				RETURNING id
				""")
			.param("name", mappingName).param("mapping", mappingJson).param("content", content)
			.param("total", rowsTotal).param("by", createdBy).param("now", utc(now))
			.query(Long.class).single();
	}

	Optional<Work> work(long id) {
		return jdbc.sql("""
				SELECT id, mapping, content, next_row, rows_total, created_by FROM history_import
				WHERE id = :id AND state = 'RUNNING'
				""")
			.param("id", id)
			.query((rs, n) -> new Work(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getString(6)))
			.optional();
	}

	List<Long> running() {
		return jdbc.sql("SELECT id FROM history_import WHERE state = 'RUNNING' ORDER BY id").query(Long.class).list();
	}

	/**
	 * Commits a chunk: its problems and the progress past it, unless someone else committed it first.
	 *
	 * @return whether this call moved the job on
	 */
	boolean advance(long id, int from, int to, int done, List<RowReader.Problem> problems, boolean last,
			Instant now) {
		int updated = jdbc.sql("""
				UPDATE history_import SET next_row = :to, rows_done = rows_done + :done,
				  rows_failed = rows_failed + :failed, state = CASE WHEN :last THEN 'DONE' ELSE state END,
				  updated_at = :now
				WHERE id = :id AND next_row = :from AND state = 'RUNNING'
				""")
			.param("id", id).param("from", from).param("to", to).param("done", done)
			.param("failed", (int) problems.stream().map(RowReader.Problem::row).distinct().count())
			.param("last", last).param("now", utc(now))
			.update();
		if (updated == 1) {
			for (RowReader.Problem p : problems) {
				jdbc.sql("""
						INSERT INTO history_import_problem (import_id, row_number, source_key, col, reason)
						VALUES (:id, :row, :key, :col, :reason) ON CONFLICT DO NOTHING
						""")
					.param("id", id).param("row", p.row()).param("key", p.key()).param("col", p.column())
					.param("reason", p.reason())
					.update();
			}
		}
		return updated == 1;
	}

	void fail(long id, String why, Instant now) {
		jdbc.sql("UPDATE history_import SET state = 'FAILED', failure = :why, updated_at = :now WHERE id = :id")
			.param("id", id).param("why", why).param("now", utc(now)).update();
	}

	Optional<ImportJob> get(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM history_import WHERE id = :id").param("id", id)
			.query((rs, n) -> job(rs, problems(id))).optional();
	}

	List<ImportJob> list(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM history_import ORDER BY id DESC LIMIT :limit")
			.param("limit", limit).query((rs, n) -> job(rs, List.of())).list();
	}

	private List<ImportJob.RowProblem> problems(long id) {
		return jdbc.sql("""
				SELECT row_number, source_key, col, reason FROM history_import_problem WHERE import_id = :id
				ORDER BY row_number, col
				""")
			.param("id", id)
			.query((rs, n) -> new ImportJob.RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private static ImportJob job(ResultSet rs, List<ImportJob.RowProblem> problems) throws SQLException {
		return new ImportJob(rs.getLong("id"), rs.getString("mapping_name"), rs.getString("state"),
				rs.getInt("rows_total"), rs.getInt("rows_done"), rs.getInt("rows_failed"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("failure"), problems);
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
