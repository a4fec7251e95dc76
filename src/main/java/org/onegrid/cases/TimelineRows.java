package org.onegrid.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step's new timeline entries as one statement's rows: the entries go to the database as one JSON array and are
 * appended by a single {@code INSERT}, whatever their number, so that storing a step costs one round trip.
 */
final class TimelineRows {

	private static final String APPEND = """
			INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at, note, attachments,
			  details)
			SELECT c.id, e.seq, e.action, e.from_state, e.to_state, e.actor, e.role, e.at, e.note, e.attachments,
			  e.details
			FROM jsonb_to_recordset(CAST(:entries AS jsonb)) AS e(seq int, action text, from_state text, to_state text,
			  actor text, role text, at timestamptz, note text, attachments jsonb, details jsonb)
			CROSS JOIN\s""";

	private TimelineRows() {
	}

	/**
	 * The statement that appends the entries of the {@code :entries} parameter to the case whose {@code id} the row
	 * source {@code cases} gives (a subquery or a common table expression, aliased {@code c} here); nothing is
	 * appended when the source has no row.
	 */
	static String appendFrom(String cases) {
		return APPEND + cases + " c";
	}

	/** The entries as the JSON array {@link #appendFrom} reads; times as UTC instants. */
	static String json(List<TimelineEntry> entries) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (TimelineEntry entry : entries) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("seq", entry.seq());
			row.put("action", entry.action());
			row.put("from_state", entry.from() == null ? null : entry.from().name());
			row.put("to_state", entry.to().name());
			row.put("actor", entry.actor());
			row.put("role", entry.role());
			row.put("at", entry.at().toString());
			row.put("note", entry.note());
			row.put("attachments", entry.attachments());
			row.put("details", entry.details());
			rows.add(row);
		}
		return CaseJson.write(rows);
	}
}
