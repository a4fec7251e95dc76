package org.onegrid.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Cases in brief ({@link CaseBrief}), many at once by id, for feeds that announce what just happened to them. Reads
 * no timeline.
 */
@Service
public class CaseBriefs {

	/** The most ids one call reads. */
	static final int MAX_IDS = 1_000;

	private final JdbcClient jdbc;

	CaseBriefs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The briefs of the cases with these ids that exist, in no particular order; {@code streetLevel} names the level
	 * (such as 街道) whose grid is given as the street.
	 */
	public List<CaseBrief> of(Collection<Long> ids, String streetLevel) {
		if (ids.isEmpty()) {
			return List.of();
		}
		if (ids.size() > MAX_IDS) {
			throw new IllegalArgumentException("at most " + MAX_IDS + " cases at once, not " + ids.size());
		}
		return jdbc.sql("""
				SELECT id, number_day, day_number, state, channel, channel_code, kind, minor_code, urgency, light, deadline,
				  handling_grid, departments, grid_keys, reported_by, reported_at,
				  left(report ->> 'description', 120) AS description,
				  (SELECT g.value ->> 'name'
				   FROM jsonb_array_elements(report -> 'trails') t, jsonb_array_elements(t.value -> 'grids') g
				   WHERE t.value ->> 'layer' = report ->> 'primaryLayer' AND g.value ->> 'levelName' = :level
				   LIMIT 1) AS street
				FROM case_row WHERE id IN (:ids)
				""")
			.param("ids", List.copyOf(ids))
			.param("level", streetLevel)
			.query((rs, row) -> brief(rs))
			.list();
	}

	/** The numbers of those of the cases that have taken theirs, by id. */
	public Map<Long, String> numbers(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> numbers = new HashMap<>();
		jdbc.sql("SELECT id, number_day, day_number FROM cases WHERE id IN (:ids) AND day_number > 0")
			.param("ids", List.copyOf(ids))
			.query(rs -> {
				numbers.put(rs.getLong("id"),
						CaseViews.caseNo(rs.getObject("number_day", LocalDate.class), rs.getLong("day_number")));
			});
		return numbers;
	}

	private static CaseBrief brief(ResultSet rs) throws SQLException {
		long number = rs.getLong("day_number");
		String caseNo = number > 0 ? CaseViews.caseNo(rs.getObject("number_day", LocalDate.class), number) : null;
		String light = rs.getString("light");
		return new CaseBrief(rs.getLong("id"), caseNo, CaseState.valueOf(rs.getString("state")),
				Channel.valueOf(rs.getString("channel")), rs.getString("channel_code"), rs.getString("kind"),
				rs.getString("minor_code"),
				rs.getString("urgency"), light == null ? null : Light.valueOf(light), instant(rs, "deadline"),
				rs.getString("handling_grid"), rs.getString("street"), rs.getString("description"),
				instant(rs, "reported_at"), strings(rs.getArray("grid_keys")), strings(rs.getArray("departments")),
				rs.getString("reported_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
