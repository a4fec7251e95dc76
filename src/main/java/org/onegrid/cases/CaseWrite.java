package org.onegrid.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed case on its way to the database, with everything its write needs computed by the thread that made
 * the change, and the outcome the writing thread leaves for it.
 */
final class CaseWrite {

	final Case c;

	/** The stored {@code data}: the case after the step, but for what intake fixed. */
	final String data;

	/** What intake fixed, stored once: only for a new case. */
	final String report;

	/** The step's domain events. */
	final List<Object> raised;

	/** The whole timeline after the write, or {@code null} when the timeline before it was not read. */
	final List<TimelineEntry> after;

	/** For a new case: the client's request id, which makes retrying the report safe, and its content's hash. */
	final String requestId;

	final String requestHash;

	volatile boolean done;

	volatile boolean won;

	volatile Throwable failure;

	/** A step on a stored case, read with the timeline {@code before} ({@code null} when it was not read). */
	CaseWrite(Case c, List<TimelineEntry> before) {
		this(c, before, null, null);
	}

	/** A new case (version 0 until stored), whose id is already taken from the sequence. */
	static CaseWrite report(Case c, String requestId, String requestHash) {
		return new CaseWrite(c, List.of(), requestId, Objects.requireNonNull(requestHash));
	}

	private CaseWrite(Case c, List<TimelineEntry> before, String requestId, String requestHash) {
		this.c = c;
		this.requestId = requestId;
		this.requestHash = requestHash;
		this.data = CaseJson.steps(c);
		this.report = requestHash == null ? null : CaseJson.report(c);
		this.raised = List.copyOf(c.events);
		if (before == null) {
			this.after = null;
		}
		else {
			List<TimelineEntry> timeline = new ArrayList<>(before.size() + c.newEntries.size());
			timeline.addAll(before);
			timeline.addAll(c.newEntries);
			this.after = List.copyOf(timeline);
		}
	}

	boolean isNew() {
		return requestHash != null;
	}

	/**
	 * The whole timeline when the write won, after which the case counts as stored at its next version; empty when
	 * another writer came first; the failure when the write failed.
	 */
	Optional<List<TimelineEntry>> outcome() {
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (!won) {
			return Optional.empty();
		}
		c.version++;
		c.newEntries.clear();
		c.events.clear();
		return Optional.of(after == null ? List.of() : after);
	}
}
