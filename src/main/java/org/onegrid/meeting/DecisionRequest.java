package org.onegrid.meeting;

import java.util.List;

/**
 * A meeting's decision on one case, applied as the case action it names: {@code supervise} (督办, or 催办 with
 * {@code noticeKind} URGE), {@code escalate} (上报), {@code dispatch} (交办 to {@code department}, with assisting
 * departments) or {@code arbitrate} (明确责任 to {@code department}).
 *
 * @param note what the meeting decided, in its words; required, written on the case's timeline
 */
public record DecisionRequest(Long caseId, String action, String note, String department,
		List<String> assistingDepartments, String noticeKind) {
}
