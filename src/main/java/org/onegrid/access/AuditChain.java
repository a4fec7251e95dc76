package org.onegrid.access;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Tells whether the audit log still holds what was written to it.
 * <p>
 * The database links every row of the log to the one before it as the row is written: the row keeps the SHA-256 of
 * its predecessor and its own over that and its fields. A row changed, removed or slipped in afterwards, even by
 * someone able to switch the database's triggers off, no longer fits. The check recomputes every hash here, walking
 * the log in id order a batch at a time, and names the first row that does not fit, or says how many rows it found
 * intact and which was the last.
 * <p>
 * The chain cannot show its own newest rows cut off, or the whole log rewritten and chained anew: keep the last id
 * and hash of a check somewhere else (a ticket, a signed report), and a later check must still pass through them.
 */
@Service
public class AuditChain {

	static final int BATCH = 1000;

	private static final String UNLINKED = "编号 %1$d 的记录与前一条记录不衔接:它或它之前的记录被改动、删除或插入过 / "
			+ "Row %1$d does not link to the row before it: it, or a row before it, was changed, removed or inserted";

	private static final String CHANGED = "编号 %1$d 的记录与其哈希不符:写入后被改动过 / "
			+ "Row %1$d no longer matches its hash: it was changed after it was written";

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The outcome of a check: intact up to the row {@code lastId}, or broken at {@code broken}. */
	public record Verdict(boolean intact, long checked, Long lastId, String lastHash, Break broken) {
	}

	/** The first row that does not fit, what is wrong with it, and the hashes involved (hex). */
	public record Break(long id, Problem problem, String message, String expected, String found) {
	}

	/** What is wrong with a row. */
	public enum Problem {

		/** The row does not link to the row before it: it, or a row before it, was changed, removed or inserted. */
		PREV_HASH_MISMATCH,

		/** The row's fields no longer give its hash: the row was changed after it was written. */
		ROW_HASH_MISMATCH
	}

	private record Row(long id, byte[] prevHash, byte[] rowHash, String canonical) {
	}

	public Verdict verify() {
		long checked = 0;
		Long lastId = null;
		byte[] previous = null;
		List<Row> batch = next(0);
		while (!batch.isEmpty()) {
			for (Row row : batch) {
				if (!Arrays.equals(row.prevHash(), previous)) {
					return broken(checked, lastId, previous, new Break(row.id(), Problem.PREV_HASH_MISMATCH,
							UNLINKED.formatted(row.id()),
							AuditRowHash.hex(previous), AuditRowHash.hex(row.prevHash())));
				}
				byte[] recomputed = AuditRowHash.hash(row.prevHash(), row.canonical());
				if (!Arrays.equals(recomputed, row.rowHash())) {
					return broken(checked, lastId, previous, new Break(row.id(), Problem.ROW_HASH_MISMATCH,
							CHANGED.formatted(row.id()),
							AuditRowHash.hex(recomputed), AuditRowHash.hex(row.rowHash())));
				}
				previous = row.rowHash();
				lastId = row.id();
				checked++;
			}
			batch = next(lastId);
		}
		return new Verdict(true, checked, lastId, AuditRowHash.hex(previous), null);
	}

	private static Verdict broken(long checked, Long lastId, byte[] lastHash, Break at) {
		return new Verdict(false, checked, lastId, AuditRowHash.hex(lastHash), at);
	}

	private List<Row> next(long after) {
		return jdbc.sql("SELECT id, at, actor, action, target, ip, details::text AS details, prev_hash, row_hash "
				+ "FROM audit_log WHERE id > ? ORDER BY id LIMIT ?")
			.params(after, BATCH)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getBytes("prev_hash"), rs.getBytes("row_hash"),
					AuditRowHash.canonical(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
							rs.getString("actor"), rs.getString("action"), rs.getString("target"),
							rs.getString("ip"), rs.getString("details"))))
			.list();
	}
}
