package org.onegrid.cases;

import java.util.List;

/**
 * Search filters as a client sends them; all optional and combined with AND.
 *
 * @param states one or more states
 * @param kind {@code COMPONENT} or {@code EVENT}
 * @param category a major class (2 digits) or minor class (4 digits)
 * @param layer with {@code grid}: cases whose trail in the layer passes through the grid (its whole subtree)
 * @param department cases dispatched to the department, as lead or assisting
 * @param from reported at or after, ISO-8601 instant
 * @param to reported before, ISO-8601 instant
 * @param open only open ({@code true}) or only finished ({@code false}) cases
 * @param page 0-based
 * @param size 1 to 200, 20 by default
 * @param after the previous page's {@code next} token: the page after it
 * @param bbox only cases inside the box {@code minLon,minLat,maxLon,maxLat} in WGS-84 degrees, as a map shows them
 * @param text words a dispatcher types: a case number such as {@code 20261122-000042}, or text found in the
 * description or the address
 * @param sort {@code reported} (newest report first, the default) or {@code deadline} (the nearest deadline first,
 * cases without a running clock last)
 * @param supervised only cases with ({@code true}) or without ({@code false}) a supervision or urging notice still to
 * be answered
 * @param mine only the cases the caller reported ({@code true}), on whatever device they reported them
 */
public record CaseQuery(List<String> states, String kind, String category, String layer, String grid,
		String department, String channel, String urgency, String light, String from, String to, Boolean open,
		Integer page, Integer size, String after, String bbox, String text, String sort, Boolean supervised, Boolean mine) {

	/** The filters without a box, text, sort or supervision: newest report first. */
	public CaseQuery(List<String> states, String kind, String category, String layer, String grid,
			String department, String channel, String urgency, String light, String from, String to, Boolean open,
			Integer page, Integer size, String after) {
		this(states, kind, category, layer, grid, department, channel, urgency, light, from, to, open, page, size,
				after, null, null, null, null, null);
	}

	/** No filter: the newest cases first. */
	public static CaseQuery all() {
		return new CaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The same filters and order, for one page of {@code size} after the token. */
	CaseQuery pageAfter(int pageSize, String token) {
		return new CaseQuery(states, kind, category, layer, grid, department, channel, urgency, light, from, to, open,
				null, pageSize, token, bbox, text, sort, supervised, mine);
	}
}
