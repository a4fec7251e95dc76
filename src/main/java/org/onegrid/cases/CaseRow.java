package org.onegrid.cases;

import java.util.HashMap;
import java.util.Map;

/**
 * The case row as the statements that store it name its values: the state, clock, handling grid, departments and
 * the step data that the case row holds, each a named parameter.
 */
final class CaseRow {

	private CaseRow() {
	}

	/** The columns of the case row that steps change, by parameter name, with the case's id. */
	static Map<String, Object> of(Case c) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", c.id);
		row.put("state", c.state.name());
		row.put("light", c.clock == null ? null : c.clock.light().name());
		row.put("nextLightAt", Cases.utc(c.clock == null ? null : c.clock.nextLightAt()));
		row.put("deadline", Cases.utc(c.clock == null ? null : c.clock.deadline()));
		row.put("handlingGrid", c.handlingGrid);
		row.put("departments", String.join(Cases.SEPARATOR, c.departments()));
		row.put("open", c.state.isOpen());
		row.put("closedAt", Cases.utc(c.closedAt));
		row.put("updatedAt", Cases.utc(c.newEntries.get(c.newEntries.size() - 1).at()));
		row.put("data", CaseJson.steps(c));
		row.put("kind", c.kind.name());
		row.put("minorCode", c.minorCode);
		row.put("urgency", c.urgency.name());
		row.put("tier", c.tier.name());
		return row;
	}
}
