package org.onegrid.api;

/**
 * Whether a code names a minor class (小类) of the district's catalogue, of either kind. Modules that keep category
 * codes as their own routing data but sit below the catalogue (a department's groups, which take the matters of
 * their categories) check the codes they are given through this, so that a mistyped code is refused, not kept as a
 * rule that never applies.
 */
public interface MinorClassCodes {

	boolean known(String code);
}
