package org.onegrid.cases;

import java.util.List;

/**
 * The body of {@code POST /cases/{id}/actions/{action}}; which fields an action needs is listed on
 * {@link CaseAction}. Unused fields are ignored. The actor is the signed-in caller, acting in {@code role} if that
 * is one of their roles; {@code actor} is heeded only for in-process system callers.
 *
 * @param version the case version the client saw; when given and no longer current, the action is refused with 409
 */
public record ActionRequest(Integer version, String actor, String role, String note, List<String> attachments,
		String reason, Boolean confirmed, Boolean conditionMet, String kind, String minorCode, String urgency,
		String tier, String department, List<String> assistingDepartments, Boolean recordRule, Boolean passed,
		String satisfaction, Integer days, Long targetCaseId, String noticeKind, String addressee, Integer noticeId,
		Double lon, Double lat, String crs) {

	/** A request that moves no point. */
	public ActionRequest(Integer version, String actor, String role, String note, List<String> attachments,
			String reason, Boolean confirmed, Boolean conditionMet, String kind, String minorCode, String urgency,
			String tier, String department, List<String> assistingDepartments, Boolean recordRule, Boolean passed,
			String satisfaction, Integer days, Long targetCaseId, String noticeKind, String addressee,
			Integer noticeId) {
		this(version, actor, role, note, attachments, reason, confirmed, conditionMet, kind, minorCode, urgency, tier,
				department, assistingDepartments, recordRule, passed, satisfaction, days, targetCaseId, noticeKind,
				addressee, noticeId, null, null, null);
	}

	/** A request with only an actor, for actions that need nothing else. */
	public static ActionRequest by(String actor, String role) {
		return new ActionRequest(null, actor, role, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}
}
