package org.onegrid.catalogue;

/**
 * The stages of a case that each carry a time limit.
 */
public enum Stage {

	/** 受理: the centre accepts or rejects the report. */
	ACCEPT,

	/** 派遣: the case is dispatched to, or escalated towards, the responsible department. */
	DISPATCH,

	/** 处置: the department handles the case and feeds back. */
	HANDLE,

	/** 核查: someone independent checks the result. */
	CHECK
}
