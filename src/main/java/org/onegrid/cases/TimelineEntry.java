package org.onegrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of a case's append-only timeline: who did what, in which role, when, moving the case from one state to
 * another (the same state for actions such as a supervision notice or a light change).
 *
 * @param seq 1 for the report, then counting up without gaps
 * @param action an action's slug, or {@code report}, {@code light-yellow}, {@code light-red}, {@code absorb}
 * @param details the action's own values, such as the department dispatched to or the days postponed
 */
public record TimelineEntry(int seq, String action, CaseState from, CaseState to, String actor, String role,
		Instant at, String note, List<String> attachments, Map<String, Object> details) {

	public TimelineEntry {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
		details = details == null ? Map.of() : Map.copyOf(details);
	}
}
