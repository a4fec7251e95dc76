package org.onegrid.meeting;

/**
 * Why an open case is put on a meeting's agenda. A meeting rule names the reasons its meeting takes up; a case that
 * meets several is listed once, with all of them.
 */
public enum AgendaReason {

	/** 超期: a time limit has run out (red light). */
	OVERDUE,

	/** 督办未复: a supervision or urging notice is still unanswered. */
	SUPERVISED,

	/** 待仲裁: nobody has been found responsible. */
	ARBITRATION,

	/** 被退回: the department sent it back as not its own. */
	RETURNED,

	/** 挂账: set aside until it can be solved. */
	SUSPENDED,

	/** 较大及以上: a case of a tier above 一般. */
	SERIOUS
}
