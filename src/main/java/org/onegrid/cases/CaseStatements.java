package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * The statement that stores cases, a whole batch at once: the case rows and their timeline entries, given as one
 * JSON array of {@link Row}s, so that a batch is one statement and one round trip. It returns the ids of the cases
 * it wrote; a case missing from them was not written: its request id was taken (new case) or its version had moved
 * on (changed case). The SQL is a database function (migration V24), so that its plan is made once per connection
 * and always finds cases by key.
 */
final class CaseStatements {

	/**
	 * Stores a batch: new cases unless their request id is taken, changed cases only if their version is still the
	 * one given, and the timeline entries of every case it wrote; the function of migration V24, whose plan the
	 * server keeps.
	 */
	static final String STORE = "SELECT * FROM case_store(CAST(? AS jsonb))";

	private CaseStatements() {
	}

	/**
	 * One case as the statements take it: the columns a step may change, those written only with a new case, and
	 * the stored {@code data}, {@code report} (new cases only) and new timeline entries as they are, already JSON.
	 */
	record Row(long id, int version, String state, String light, Instant nextLightAt, Instant deadline,
			String handlingGrid, List<String> departments, boolean isOpen, Instant closedAt, Instant updatedAt,
			@JsonRawValue String data, String kind, String minorCode, String urgency, String tier,
			@JsonRawValue String entries, String requestId, String requestHash, String channel, List<String> gridKeys,
			Double lon, Double lat, Instant reportedAt, String reportedBy, @JsonRawValue String report) {
	}

	/** The row of one write; the columns of a new case (a request hash among them) only when it is one. */
	static Row row(CaseWrite write) {
		Case c = write.c;
		boolean fresh = write.isNew();
		return new Row(c.id, c.version, c.state.name(), c.clock == null ? null : c.clock.light().name(),
				c.clock == null ? null : c.clock.nextLightAt(), c.clock == null ? null : c.clock.deadline(),
				c.handlingGrid, c.departments(), c.state.isOpen(), c.closedAt,
				c.newEntries.get(c.newEntries.size() - 1).at(), write.data, c.kind.name(), c.minorCode,
				c.urgency.name(), c.tier.name(), write.entries, fresh ? write.requestId : null,
				fresh ? write.requestHash : null, fresh ? c.channel.name() : null, fresh ? Cases.gridKeys(c) : null,
				fresh ? c.lon : null, fresh ? c.lat : null, fresh ? c.reportedAt : null,
				fresh ? c.reportedBy : null, fresh ? write.report : null);
	}
}
