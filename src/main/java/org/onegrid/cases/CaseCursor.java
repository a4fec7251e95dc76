package org.onegrid.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.onegrid.api.Violation;

/**
 * Where a page of search results ended: the last case's place in the search's order (its reporting time, or its
 * deadline) and its id, handed to the client as an opaque token ({@code next}) and sent back as {@code after}. The
 * next page starts right after that case, so any page costs what the first one costs, however deep, and cases
 * reported meanwhile neither repeat nor shift the pages. A token is valid only in the order that gave it.
 *
 * @param at the reporting time, or the deadline ({@code null} for a case without a running clock)
 */
record CaseCursor(CaseOrder order, Instant at, long id) {

	private static final String DEADLINE_MARK = "d";

	private static final String NONE = "-";

	String token() {
		String place = at == null ? NONE + "." + NONE : at.getEpochSecond() + "." + at.getNano();
		String plain = (order == CaseOrder.DEADLINE ? DEADLINE_MARK + "." : "") + place + "." + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The condition that keeps only the cases after this one in its order, with its parameters added. In the
	 * reporting order it bounds the reporting time on its own, so that the walk down the report's time index starts
	 * at the cursor instead of at the newest case: a pair comparison would not, since the time and the id come from
	 * the report and the case, which are stored apart.
	 */
	String condition(Map<String, Object> params) {
		params.put("afterId", id);
		if (order == CaseOrder.REPORTED) {
			params.put("afterAt", Cases.utc(at));
			return "reported_at <= :afterAt AND (reported_at < :afterAt OR id < :afterId)";
		}
		if (at == null) {
			return "(deadline IS NULL AND id > :afterId)";
		}
		params.put("afterAt", Cases.utc(at));
		return "(deadline > :afterAt OR (deadline = :afterAt AND id > :afterId) OR deadline IS NULL)";
	}

	/**
	 * The cursor of a token given for {@code order}, or {@code null} with a violation on {@code after} when it is
	 * not one of ours or belongs to the other order.
	 */
	static CaseCursor parse(String token, CaseOrder order, List<Violation> violations) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.");
			boolean deadline = parts.length == 4 && DEADLINE_MARK.equals(parts[0]);
			if ((parts.length == 3 || deadline) && deadline == (order == CaseOrder.DEADLINE)) {
				int from = deadline ? 1 : 0;
				boolean none = deadline && NONE.equals(parts[from]) && NONE.equals(parts[from + 1]);
				Instant at = none ? null
						: Instant.ofEpochSecond(Long.parseLong(parts[from]), Long.parseLong(parts[from + 1]));
				return new CaseCursor(order, at, Long.parseLong(parts[from + 2]));
			}
		}
		catch (IllegalArgumentException | java.time.DateTimeException e) {
			// reported below
		}
		violations.add(new Violation("after", "INVALID_FORMAT",
				"after is the 'next' token of the previous page, unchanged, with the same sort"));
		return null;
	}
}
