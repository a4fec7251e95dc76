package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case was dispatched to a lead department and any assisting ones, to be handled by {@code deadline}; {@code seq}
 * is the step's place in the case's timeline, so that a reader counts each dispatch once.
 */
public record CaseDispatched(Long caseId, String leadDepartment, List<String> assistingDepartments,
		Instant deadline, long seq, Instant dispatchedAt) {
}
