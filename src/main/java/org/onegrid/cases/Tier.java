package org.onegrid.cases;

/**
 * How big a case is, which decides the level that handles it (the 长河 street's 四平台 rules, 三): general cases stay in the
 * community, serious ones go to the street's joint platform, major ones to the district.
 */
public enum Tier {

	/** 一般. */
	GENERAL,

	/** 较大. */
	SERIOUS,

	/** 重大. */
	MAJOR
}
