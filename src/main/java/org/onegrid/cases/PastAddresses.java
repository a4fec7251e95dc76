package org.onegrid.cases;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The addresses of earlier cases that hold every word an operator typed, in any case: what intake offers beside the
 * district's own names, since there is no street-address geocoder offline. Only cases in the reader's scope count,
 * and only the newest matching reports are looked at, so a word as common as 路 answers as fast as a house number.
 */
@Service
public class PastAddresses {

	/** The most addresses one search lists. */
	public static final int MOST = 50;

	/** How many of the newest matching reports a search groups into addresses. */
	static final int REPORTS_LOOKED_AT = 2_000;

	private final JdbcClient jdbc;

	PastAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Addresses that begin with the text first, then those with the most cases, then the latest; refused field by
	 * field (400) when {@code q} is blank or over 100 characters, or {@code limit} is outside 1 to {@value #MOST}.
	 */
	public List<PastAddress> find(String q, int limit, Grant grant) {
		grant.require("case:read");
		List<Violation> violations = new ArrayList<>();
		String text = Fields.blankToNull(q);
		if (text == null) {
			violations.add(new Violation("q", "REQUIRED", "say what to look for: an address or a part of one"));
		}
		else if (text.strip().length() > 100) {
			violations.add(new Violation("q", "SIZE", "a search is at most 100 characters"));
		}
		if (limit < 1 || limit > MOST) {
			violations.add(new Violation("limit", "OUT_OF_RANGE", "a search lists 1 to " + MOST + " addresses"));
		}
		Fields.failIfAny(violations);
		CaseFilters f = CaseFilters.of(CaseQuery.all(), grant);
		String[] words = text.strip().toLowerCase().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			f.where.append(" AND report->>'address' ILIKE :word").append(i).append(" ESCAPE '\\'");
			f.params.put("word" + i, "%" + words[i].replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		f.params.put("start", text.strip().toLowerCase());
		f.params.put("looked", REPORTS_LOOKED_AT);
		f.params.put("limit", limit);
		return jdbc.sql("""
				SELECT address, (array_agg(lon ORDER BY reported_at DESC, id DESC))[1] AS lon,
				       (array_agg(lat ORDER BY reported_at DESC, id DESC))[1] AS lat,
				       count(*) AS cases, count(*) FILTER (WHERE is_open) AS open, max(reported_at) AS last_reported
				FROM (SELECT id, report->>'address' AS address, lon, lat, is_open, reported_at FROM case_row
				      WHERE %s ORDER BY reported_at DESC, id DESC LIMIT :looked) matched
				GROUP BY address
				ORDER BY starts_with(lower(address), :start) DESC, count(*) DESC, max(reported_at) DESC, address
				LIMIT :limit""".formatted(f.where))
			.params(f.params)
			.query((rs, row) -> new PastAddress(rs.getString("address"), rs.getDouble("lon"), rs.getDouble("lat"),
					rs.getLong("cases"), rs.getLong("open"), rs.getTimestamp("last_reported").toInstant()))
			.list();
	}
}
