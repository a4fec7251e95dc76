package org.onegrid.meeting;

import java.util.Locale;

/** The case actions a meeting's decision may take: those by which a meeting moves a stuck case on. */
enum DecisionAction {

	SUPERVISE, ESCALATE, DISPATCH, ARBITRATE;

	String slug() {
		return name().toLowerCase(Locale.ROOT);
	}
}
