package org.onegrid.cases;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The case row as the statements that store it name its values: the state, clock, handling grid, departments and
 * the step data that the case row holds, each a named parameter.
 * <p>
 * Each value goes to the database with the same type whether it is there or not: text as text, and times, like an
 * absent value, for the server to take as its column's type. PostgreSQL's driver prepares a statement anew whenever
 * a parameter's type differs from its last execution, and a fresh statement is planned for each of its first five
 * executions; with the types changing between steps (no clock once closed, a close time only then), the step's write
 * was planned at every call.
 */
final class CaseRow {

	private CaseRow() {
	}

	/** The columns of the case row that steps change, by parameter name, with the case's id. */
	static Map<String, Object> of(Case c) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", c.id);
		row.put("state", c.state.name());
		row.put("light", text(c.clock == null ? null : c.clock.light().name()));
		row.put("nextLightAt", time(c.clock == null ? null : c.clock.nextLightAt()));
		row.put("deadline", time(c.clock == null ? null : c.clock.deadline()));
		row.put("handlingGrid", text(c.handlingGrid));
		row.put("departments", String.join(Cases.SEPARATOR, c.departments()));
		row.put("open", c.state.isOpen());
		row.put("closedAt", time(c.closedAt));
		row.put("updatedAt", time(c.newEntries.get(c.newEntries.size() - 1).at()));
		row.put("data", CaseJson.steps(c));
		row.put("kind", c.kind.name());
		row.put("minorCode", text(c.minorCode));
		row.put("urgency", c.urgency.name());
		row.put("tier", c.tier.name());
		return row;
	}

	private static SqlParameterValue text(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

	/** A time sent untyped, as the driver sends a {@link Timestamp} and an absent value alike. */
	private static Timestamp time(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
