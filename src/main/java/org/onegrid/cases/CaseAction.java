package org.onegrid.cases;

import java.util.Locale;
import java.util.Optional;

/**
 * Everything that can be done to a case after intake, named in the API as {@code POST /cases/{id}/actions/{slug}}.
 * Which actions a case allows depends on its state and open requests; the case lists them.
 */
public enum CaseAction {

	/** 核实: confirm the report is real ({@code confirmed}), or not (with a {@code reason}). */
	VERIFY,
	/** 受理. */
	ACCEPT,
	/** 不予受理, with a {@code reason}. */
	REJECT,
	/** 立案, confirming the filing condition; may recategorise. */
	FILE,
	/** 仲裁: the centre names the responsible department, optionally recording the rule for next time. */
	ARBITRATE,
	/** 派遣 to a {@code department} (or a grid's platform), with optional assisting departments. */
	DISPATCH,
	/** 签收. */
	SIGN,
	/**
	 * 协调转派: the coordinator of a matter spanning platforms sends it to the platform (or department) that leads it,
	 * named in {@code department}, with the others in {@code assistingDepartments}.
	 */
	COORDINATE,
	/** 退回, with a {@code reason}. */
	RETURN,
	/** 反馈 by the lead department, with notes and photo references. */
	FEEDBACK,
	/** 协办反馈 by one assisting {@code department}. */
	ASSIST_FEEDBACK,
	/** 核查: {@code passed}, or rework. */
	CHECK,
	/** 结案, confirming the closing condition. */
	CLOSE,
	/** 回访, with the citizen's {@code satisfaction}. */
	EVALUATE,
	/** 延期申请 for {@code days} more working days. */
	REQUEST_POSTPONEMENT,
	/** 挂账申请. */
	REQUEST_SUSPENSION,
	/** 作废申请. */
	REQUEST_VOID,
	/** Approves the open request. */
	APPROVE,
	/** Denies the open request, with a {@code reason}. */
	DENY,
	/** 恢复 a suspended case. */
	RESUME,
	/** Merges this case into {@code targetCaseId} as a duplicate. */
	MERGE,
	/** 上报 to the next grid level up. */
	ESCALATE,
	/** 督办 or 催办 ({@code noticeKind}) addressed to whoever holds the case. */
	SUPERVISE,
	/** Answers the supervision notice {@code noticeId}. */
	ANSWER_SUPERVISION,
	/**
	 * 退回110: a case diverted from 110 that turns out to be a police matter goes back to 110 with a {@code reason}
	 * and ends there.
	 */
	HAND_BACK,
	/**
	 * 重新定位: the case moves to the grids that hold its corrected point {@code lon}, {@code lat} (in {@code crs},
	 * WGS-84 when not given), with a {@code reason}; boundary changes move open cases the same way.
	 */
	RELOCATE;

	private final String slug = name().toLowerCase(Locale.ROOT).replace('_', '-');

	/** The name in URLs and JSON, such as {@code assist-feedback}. */
	public String slug() {
		return slug;
	}

	/** Whether the action records the {@code attachments} it is given (verification, feedback and check). */
	public boolean carriesAttachments() {
		return this == VERIFY || this == FEEDBACK || this == ASSIST_FEEDBACK || this == CHECK;
	}

	public static Optional<CaseAction> fromSlug(String slug) {
		for (CaseAction action : values()) {
			if (action.slug().equals(slug)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return slug();
	}
}
