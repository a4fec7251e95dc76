package org.onegrid.cases;

/**
 * The citizen's answer at the callback (回访).
 */
public enum Satisfaction {

	/** 满意. */
	SATISFIED,

	/** 基本满意. */
	MOSTLY_SATISFIED,

	/** 不满意. */
	DISSATISFIED
}
