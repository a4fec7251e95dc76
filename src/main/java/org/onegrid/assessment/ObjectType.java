package org.onegrid.assessment;

/** What is assessed: the departments that handle cases, or the grids where cases are found. */
public enum ObjectType {

	/** 职能部门: scored on handling what was dispatched to them. */
	DEPARTMENT,

	/** 网格: scored on finding and closing the cases in their territory. */
	GRID
}
