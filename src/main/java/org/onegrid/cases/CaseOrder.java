package org.onegrid.cases;

import java.util.List;
import java.util.Locale;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;

/**
 * The orders a search can list cases in: newest report first, or the most pressing deadline first (a work queue),
 * with the cases whose stage has no running clock after all the others. Either order ends on the case id, so that
 * every case has one place in it and a cursor can resume right after any case.
 */
enum CaseOrder {

	/** Newest report first. */
	REPORTED("reported_at DESC, id DESC"),

	/** Nearest deadline first, then cases without a running clock; the oldest id first among equals. */
	DEADLINE("deadline ASC NULLS LAST, id ASC");

	private final String sql;

	CaseOrder(String sql) {
		this.sql = sql;
	}

	/** The ORDER BY clause. */
	String sql() {
		return sql;
	}

	/** The slug in {@code sort}. */
	String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The order {@code sort} names, {@link #REPORTED} when blank, or a violation on {@code sort}. */
	static CaseOrder of(String sort, List<Violation> violations) {
		String given = Fields.blankToNull(sort);
		if (given == null) {
			return REPORTED;
		}
		for (CaseOrder order : values()) {
			if (order.slug().equals(given)) {
				return order;
			}
		}
		violations.add(new Violation("sort", "UNKNOWN", "sort is 'reported' (newest first) or 'deadline' (nearest "
				+ "deadline first)"));
		return REPORTED;
	}
}
