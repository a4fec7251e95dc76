package org.onegrid.cases;

import java.util.List;

/**
 * The lights that one pass of the light sweep turned at one instant, together, so that whoever routes the alerts
 * looks at the organisation and the roster once for all of them.
 */
public record CaseLightsChanged(List<CaseLightChanged> changes) {

	public CaseLightsChanged {
		changes = List.copyOf(changes);
	}
}
