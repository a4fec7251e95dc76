package org.onegrid.catalogue;

/**
 * The two kinds of case category; a category code is unique within its kind only.
 */
public enum Kind {

	/** 部件: a fault of a public facility, such as a missing manhole cover. */
	COMPONENT,

	/** 事件: a problem caused by acts, such as street vending or a neighbour dispute. */
	EVENT
}
