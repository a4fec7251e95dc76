package org.onegrid.catalogue;

/**
 * How urgent a case is; each urgency scales every stage's limit by a factor the district sets.
 */
public enum Urgency {

	/** 特急. */
	CRITICAL,

	/** 紧急. */
	URGENT,

	/** 较急. */
	ELEVATED,

	/** 一般. */
	NORMAL
}
