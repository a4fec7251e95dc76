package org.onegrid.cases;

import java.util.List;

/**
 * A channel a district takes cases in on, such as its 12345 hotline, WeChat or the digital city-management
 * platform: its code as reports name it, its names, and the details every report from it carries so that a case
 * can be traced back to its source system. It follows the rules of its {@code kind}, one of the built-in channels:
 * who may declare it, whether its reports are verified first, and whether a case first reported on it counts as
 * missed by the grid's workers.
 */
public record IntakeChannel(String code, String nameZh, String nameEn, Channel kind, List<String> requiredDetails) {

	public IntakeChannel {
		requiredDetails = requiredDetails == null ? List.of() : List.copyOf(requiredDetails);
	}

	/** What an administrator sends to add or change a channel. */
	public record Definition(String nameZh, String nameEn, String kind, List<String> requiredDetails) {
	}

	/** Whether this is one of the built-in channels, which are their own kind and cannot be removed. */
	public boolean builtIn() {
		return code.equals(kind.name());
	}
}
