package org.onegrid.assessment;

/**
 * What is assessed: the departments that handle cases, the grids where cases are found, the channels they come in on,
 * and the people who find, take in and send out cases.
 */
public enum ObjectType {

	/** 职能部门: scored on handling what was dispatched to them. */
	DEPARTMENT,

	/** 网格: scored on finding and closing the cases in their territory. */
	GRID,

	/**
	 * 受理渠道 (12345, 110 diversion, patrol, the citizen app…): scored on answering what came in on time and to the
	 * callers' satisfaction; figures for the whole district, so only readers who see all of it see them.
	 */
	CHANNEL,

	/** 网格员、监督员: one row per account, scored on what they report, verify and check, and on turning up. */
	WORKER,

	/** 受理员、值班长、派遣员: one row per account, scored on accepting, filing and dispatching in time and accurately. */
	OPERATOR
}
