package org.onegrid.cases;

/**
 * How a case's current stage stands against its deadline.
 */
public enum Light {

	/** Less than the warning share of the stage's time is used. */
	GREEN,

	/** 黄灯: the warning share (80% by default) of the stage's working time is used. */
	YELLOW,

	/** 红灯: the stage is overdue. */
	RED
}
