package org.onegrid.catalogue;

/**
 * How demanding an area is; core areas usually get shorter limits.
 */
public enum AreaClass {

	/** A类: core areas (main roads, squares, landmarks). */
	A,

	/** B类: ordinary built-up areas. */
	B,

	/** C类: general and outlying areas. */
	C
}
