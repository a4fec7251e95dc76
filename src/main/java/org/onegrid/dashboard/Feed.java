package org.onegrid.dashboard;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.cases.CaseBriefs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored feed: each line is written together with a NOTIFY on {@value #CHANNEL} carrying it whole, in the
 * writer's transaction, so that the listening instances hear of it exactly when it is committed. Lines are read back
 * for screens that resume, within the viewer's scope.
 */
@Repository
class Feed {

	/** The notification channel every instance listens on. */
	static final String CHANNEL = "dashboard_feed";

	/** NOTIFY payloads must stay under 8,000 bytes; a longer line is announced by its id and read back. */
	static final int MAX_PAYLOAD = 7_000;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final CaseBriefs briefs;

	Feed(JdbcClient jdbc, CaseBriefs briefs) {
		this.jdbc = jdbc;
		this.briefs = briefs;
	}

	/**
	 * Stores the line and announces it, unless a line with its key exists; returns the stored line with its id.
	 * Must run in a transaction, which sends the announcement when it commits.
	 */
	Optional<FeedEntry> append(FeedEntry entry) {
		Optional<Long> id = jdbc.sql("""
				INSERT INTO dashboard_feed (key, kind, case_id, at, grid_keys, departments, reported_by, item)
				VALUES (:key, :kind, :caseId, :at, string_to_array(:gridKeys, chr(31)),
				  string_to_array(:departments, chr(31)), :reportedBy, CAST(:item AS jsonb))
				ON CONFLICT (key) DO NOTHING
				RETURNING id
				""")
			.param("key", entry.key())
			.param("kind", entry.item().kind())
			.param("caseId", entry.item().caseId())
			.param("at", entry.item().at().atOffset(ZoneOffset.UTC))
			.param("gridKeys", String.join("\u001f", entry.gridKeys()))
			.param("departments", String.join("\u001f", entry.departments()))
			.param("reportedBy", entry.reportedBy())
			.param("item", JSON.writeValueAsString(entry.item()))
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		FeedEntry stored = new FeedEntry(entry.key(), entry.item().withId(id.get()), entry.gridKeys(),
				entry.departments(), entry.reportedBy());
		String payload = JSON.writeValueAsString(stored);
		if (payload.length() > MAX_PAYLOAD) {
			payload = Long.toString(id.get());
		}
		jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", payload)
			.query(String.class).optional();
		return Optional.of(stored);
	}

	/** The newest line's id, or 0. */
	long newestId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM dashboard_feed").query(Long.class).single();
	}

	/** The oldest kept line's id, or 0 when none is kept. */
	long oldestId() {
		return jdbc.sql("SELECT coalesce(min(id), 0) FROM dashboard_feed").query(Long.class).single();
	}

	/** The lines after {@code afterId} that the viewer may see, oldest first, at most {@code limit}. */
	List<FeedEntry> after(long afterId, int limit, Grant viewer) {
		Scope scope = Scope.of(viewer);
		scope.params.put("after", afterId);
		scope.params.put("limit", limit);
		return numbered(jdbc.sql("SELECT * FROM dashboard_feed WHERE id > :after AND " + scope.where
				+ " ORDER BY id LIMIT :limit")
			.params(scope.params)
			.query((rs, row) -> read(rs))
			.list());
	}

	/** The newest {@code limit} lines the viewer may see, oldest first. */
	List<FeedEntry> latest(int limit, Grant viewer) {
		Scope scope = Scope.of(viewer);
		scope.params.put("limit", limit);
		List<FeedEntry> newestFirst = jdbc.sql("SELECT * FROM dashboard_feed WHERE " + scope.where
				+ " ORDER BY id DESC LIMIT :limit")
			.params(scope.params)
			.query((rs, row) -> read(rs))
			.list();
		List<FeedEntry> oldestFirst = new ArrayList<>(numbered(newestFirst));
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/** The line with the id, whatever its scope. */
	Optional<FeedEntry> get(long id) {
		return jdbc.sql("SELECT * FROM dashboard_feed WHERE id = ?").param(id).query((rs, row) -> read(rs))
			.optional().map(this::numbered);
	}

	/**
	 * The line with its case's number. A report's line is written in the report's own transaction, before the case
	 * takes its day's number as that transaction commits, so it is stored without one; once the line can be heard
	 * or read the case has its number, and it is filled in here.
	 */
	FeedEntry numbered(FeedEntry entry) {
		return entry.item().caseNo() != null ? entry : numbered(List.of(entry)).get(0);
	}

	/** The lines with their cases' numbers, each filled in as {@link #numbered(FeedEntry)} does, in one query. */
	List<FeedEntry> numbered(List<FeedEntry> entries) {
		List<Long> missing = entries.stream().filter(entry -> entry.item().caseNo() == null)
			.map(entry -> entry.item().caseId()).toList();
		if (missing.isEmpty()) {
			return entries;
		}
		Map<Long, String> numbers = briefs.numbers(missing);
		return entries.stream().map(entry -> entry.item().caseNo() != null ? entry
				: new FeedEntry(entry.key(), entry.item().withCaseNo(numbers.get(entry.item().caseId())),
						entry.gridKeys(), entry.departments(), entry.reportedBy()))
			.toList();
	}

	/** Deletes the lines that happened before {@code cutoff}; returns how many. */
	int prune(Instant cutoff) {
		return jdbc.sql("DELETE FROM dashboard_feed WHERE at < ?").param(cutoff.atOffset(ZoneOffset.UTC)).update();
	}

	static FeedEntry read(ResultSet rs) throws SQLException {
		FeedItem item = JSON.readValue(rs.getString("item"), FeedItem.class).withId(rs.getLong("id"));
		return new FeedEntry(rs.getString("key"), item, strings(rs.getArray("grid_keys")),
				strings(rs.getArray("departments")), rs.getString("reported_by"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** The condition that keeps the lines a viewer may see, the same rule the cases module applies to cases. */
	private record Scope(String where, Map<String, Object> params) {

		static Scope of(Grant viewer) {
			Map<String, Object> params = new LinkedHashMap<>();
			if (viewer.all()) {
				return new Scope("TRUE", params);
			}
			params.put("scopeGrids", String.join("\u001f", viewer.gridKeys()));
			params.put("scopeDepartments", String.join("\u001f", viewer.departments()));
			params.put("me", viewer.username());
			return new Scope("(grid_keys && string_to_array(:scopeGrids, chr(31))"
					+ " OR departments && string_to_array(:scopeDepartments, chr(31)) OR reported_by = :me)", params);
		}
	}
}
