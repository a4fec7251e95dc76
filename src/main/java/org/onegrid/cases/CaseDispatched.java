package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case was dispatched to a lead department and any assisting ones, to be handled by {@code deadline}.
 */
public record CaseDispatched(Long caseId, String leadDepartment, List<String> assistingDepartments,
		Instant deadline) {
}
