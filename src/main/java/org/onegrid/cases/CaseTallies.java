package org.onegrid.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.access.Grant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts of the cases a reader may see, for overview screens: each a single grouped statement over the indexed
 * columns, so that a screen polling it costs the database little. Only the reader's cases are counted (see
 * {@link Grant}); a reader who sees everything counts the whole district.
 */
@Service
public class CaseTallies {

	private final JdbcClient jdbc;

	private final IntakeChannels channels;

	CaseTallies(JdbcClient jdbc, IntakeChannels channels) {
		this.channels = channels;
		this.jdbc = jdbc;
	}

	/** Open cases under one grid of a level: how many, and how many of them overdue (red light). */
	public record GridTally(String layer, String code, String name, long open, long overdue) {
	}

	/** Open cases, and how many of them are overdue (red light). */
	public record OpenTally(long open, long overdue) {
	}

	/** Cases of one minor class. */
	public record CategoryTally(String kind, String minorCode, long count) {
	}

	/**
	 * Cases closed in a period, apart from those a worker fixed on the spot, and how many of them the department
	 * handled within its deadline.
	 */
	public record OnTime(long closed, long onTime) {
	}

	/**
	 * Cases reported in {@code [from, to)}, by the code of the channel they came in on (the district's own channels
	 * apart from the built-in ones); every channel is present, with zero when none came in. Reads the reporting-time
	 * index.
	 */
	public Map<String, Long> reportedByChannel(Instant from, Instant to, Grant reader) {
		CaseFilters f = scope(reader, from, to);
		Map<String, Long> counts = new LinkedHashMap<>();
		channels.list().forEach(channel -> counts.put(channel.code(), 0L));
		jdbc.sql("SELECT channel_code, count(*) AS n FROM case_row WHERE " + f.where + " GROUP BY channel_code")
			.params(f.params)
			.query((rs, row) -> counts.put(rs.getString("channel_code"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The open cases and the overdue ones among them. Reads every open case in the reader's scope once. */
	public OpenTally open(Grant reader) {
		CaseFilters f = scope(reader, null, null);
		return jdbc.sql("SELECT count(*) AS open, count(*) FILTER (WHERE light = 'RED') AS overdue FROM case_row"
				+ " WHERE is_open AND " + f.where)
			.params(f.params)
			.query((rs, row) -> new OpenTally(rs.getLong("open"), rs.getLong("overdue")))
			.single();
	}

	/**
	 * Open cases by the grid of the level named {@code levelName} (such as 街道) on each case's trail in its primary
	 * layer, most open first; a case whose trail has no grid of that level is not counted. Reads every open case in
	 * the reader's scope once.
	 */
	public List<GridTally> openByLevel(String levelName, Grant reader) {
		CaseFilters f = scope(reader, null, null);
		f.params.put("level", levelName);
		return jdbc.sql("""
				SELECT t.value ->> 'layer' AS layer, g.value ->> 'code' AS code, min(g.value ->> 'name') AS name,
				  count(*) AS open, count(*) FILTER (WHERE light = 'RED') AS overdue
				FROM case_row,
				  jsonb_array_elements(report -> 'trails') t,
				  jsonb_array_elements(t.value -> 'grids') g
				WHERE is_open AND t.value ->> 'layer' = report ->> 'primaryLayer'
				  AND g.value ->> 'levelName' = :level AND\s""" + f.where + """

				GROUP BY 1, 2
				ORDER BY open DESC, overdue DESC, code
				""")
			.params(f.params)
			.query((rs, row) -> new GridTally(rs.getString("layer"), rs.getString("code"), rs.getString("name"),
					rs.getLong("open"), rs.getLong("overdue")))
			.list();
	}

	/** The {@code limit} minor classes most reported in {@code [from, to)}, most first. */
	public List<CategoryTally> topCategories(Instant from, Instant to, int limit, Grant reader) {
		CaseFilters f = scope(reader, from, to);
		f.params.put("limit", limit);
		return jdbc.sql("SELECT kind, minor_code, count(*) AS n FROM case_row WHERE " + f.where
				+ " GROUP BY kind, minor_code ORDER BY n DESC, minor_code LIMIT :limit")
			.params(f.params)
			.query((rs, row) -> new CategoryTally(rs.getString("kind"), rs.getString("minor_code"), rs.getLong("n")))
			.list();
	}

	/**
	 * Cases closed (结案) in {@code [from, to)} and how many were handled on time (按期处置): the last feedback came
	 * within the handling deadline. Self-handled cases had no deadline and are left out. Reads the closing-time index.
	 */
	public OnTime closedOnTime(Instant from, Instant to, Grant reader) {
		CaseFilters f = scope(reader, null, null);
		f.params.put("closedFrom", Cases.utc(from));
		f.params.put("closedTo", Cases.utc(to));
		return jdbc.sql("""
				SELECT count(*) AS closed, count(*) FILTER (WHERE (data ->> 'handledOnTime')::boolean) AS on_time
				FROM case_row
				WHERE closed_at >= :closedFrom AND closed_at < :closedTo AND state IN ('CLOSED', 'EVALUATED')
				  AND NOT coalesce((report ->> 'selfHandled')::boolean, false) AND\s""" + f.where)
			.params(f.params)
			.query((rs, row) -> new OnTime(rs.getLong("closed"), rs.getLong("on_time")))
			.single();
	}

	private static CaseFilters scope(Grant reader, Instant from, Instant to) {
		CaseFilters f = CaseFilters.of(CaseQuery.all(), reader);
		if (from != null) {
			f.where.append(" AND reported_at >= :from AND reported_at < :to");
			f.params.put("from", Cases.utc(from));
			f.params.put("to", Cases.utc(to));
		}
		return f;
	}
}
