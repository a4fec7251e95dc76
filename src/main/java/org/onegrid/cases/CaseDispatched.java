package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case was dispatched to a lead department and any assisting ones, to be handled by {@code deadline}; {@code seq}
 * is the step's place in the case's timeline, so that a reader counts each dispatch once.
 *
 * @param dispatchedBy who dispatched it, {@code null} where unknown
 * @param dispatchDeadline when the dispatch stage's limit ran out; {@code null} without a limit
 * @param historical the step happened before OneGrid kept the case and is recorded now from another system's
 *        records: it counts in the figures of its time, but nobody is told of it as news
 */
public record CaseDispatched(Long caseId, String leadDepartment, List<String> assistingDepartments,
		Instant deadline, long seq, Instant dispatchedAt, String dispatchedBy, Instant dispatchDeadline,
		boolean historical) {

	public CaseDispatched(Long caseId, String leadDepartment, List<String> assistingDepartments, Instant deadline,
			long seq, Instant dispatchedAt) {
		this(caseId, leadDepartment, assistingDepartments, deadline, seq, dispatchedAt, null, null, false);
	}
}
