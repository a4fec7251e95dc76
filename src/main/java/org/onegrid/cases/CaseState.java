package org.onegrid.cases;

import java.util.EnumSet;
import java.util.Set;

import org.onegrid.catalogue.Stage;

/**
 * The fixed lifecycle of a case. Districts rename states (see {@link StateLabels}) but never add or remove them, so
 * code asks {@link #isOpen()} and {@link #stage()} instead of comparing names.
 */
public enum CaseState {

	/** 待核实: a citizen, hotline or 110 report waits for the grid's worker to confirm it. */
	AWAITING_VERIFICATION("待核实", "Awaiting verification", Stage.ACCEPT),

	/** 待受理: the centre decides whether to take the case in. */
	REPORTED("待受理", "Reported", Stage.ACCEPT),

	/** 已受理: accepted, to be filed against its filing condition. */
	ACCEPTED("已受理", "Accepted", Stage.DISPATCH),

	/** 不予受理: declined with a reason. */
	REJECTED("不予受理", "Rejected", null),

	/** 待仲裁: filed, but no department is responsible; the grid centre decides. */
	ARBITRATION("待仲裁", "Awaiting arbitration", Stage.DISPATCH),

	/** 已立案: filed, to be dispatched. */
	FILED("已立案", "Filed", Stage.DISPATCH),

	/** 已派遣: sent to a department, which signs for it or returns it. */
	DISPATCHED("已派遣", "Dispatched", Stage.HANDLE),

	/** 已退回: the department sent it back with a reason; to be dispatched again. */
	RETURNED("已退回", "Returned", Stage.DISPATCH),

	/** 处置中: signed for and being handled. */
	HANDLING("处置中", "Handling", Stage.HANDLE),

	/** 已反馈: the department reported the result; to be checked. */
	HANDLED("已反馈", "Handled", Stage.CHECK),

	/** 核查通过: the result was confirmed; to be closed against the closing condition. */
	CHECKED("核查通过", "Checked", Stage.CHECK),

	/** 已结案: closed. */
	CLOSED("已结案", "Closed", null),

	/** 已回访: the citizen gave their satisfaction. */
	EVALUATED("已回访", "Evaluated", null),

	/** 挂账: suspended with approval; its clock stands still until it is resumed. */
	SUSPENDED("挂账", "Suspended", null),

	/** 作废: voided with approval. */
	VOIDED("已作废", "Voided", null),

	/** 已合并: merged into another case as a duplicate; its timeline is kept. */
	MERGED("已合并", "Merged", null);

	private static final Set<CaseState> FINISHED = EnumSet.of(REJECTED, CLOSED, EVALUATED, VOIDED, MERGED);

	private final String defaultNameZh;

	private final String defaultNameEn;

	private final Stage stage;

	CaseState(String defaultNameZh, String defaultNameEn, Stage stage) {
		this.defaultNameZh = defaultNameZh;
		this.defaultNameEn = defaultNameEn;
		this.stage = stage;
	}

	/** Whether work remains on the case: not rejected, closed, evaluated, voided or merged. */
	public boolean isOpen() {
		return !FINISHED.contains(this);
	}

	/** Whether nothing more can happen to the case. A closed case can still be evaluated, so it is not terminal. */
	public boolean isTerminal() {
		return FINISHED.contains(this) && this != CLOSED;
	}

	/** The time-limited stage this state belongs to, or {@code null} when no clock runs. */
	public Stage stage() {
		return stage;
	}

	public String defaultNameZh() {
		return defaultNameZh;
	}

	public String defaultNameEn() {
		return defaultNameEn;
	}
}
