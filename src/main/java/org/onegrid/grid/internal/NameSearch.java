package org.onegrid.grid.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way grids and members are found by name: every word in the name, whatever the case, or the whole text as
 * the code; the best first: names that begin with the text before names that only hold it, and the shorter first (so
 * a name typed in full comes first of all).
 */
final class NameSearch {

	private NameSearch() {
	}

	/** The statement for {@code select} (a table with {@code name} and {@code code}) and that many words. */
	static String sql(String select, int words) {
		StringBuilder where = new StringBuilder(select).append(" WHERE (");
		for (int i = 0; i < words; i++) {
			where.append(i == 0 ? "" : " AND ").append("strpos(lower(name), ?) > 0");
		}
		return where.append(") OR lower(code) = ?")
			.append(" ORDER BY starts_with(lower(name), ?) DESC, length(name), name, code")
			.append(" LIMIT ?")
			.toString();
	}

	/** The statement's values: each word, then the whole text twice, then the limit. */
	static Object[] params(List<String> words, int limit) {
		String whole = String.join(" ", words);
		List<Object> values = new ArrayList<>(words);
		values.add(whole);
		values.add(whole);
		values.add(limit);
		return values.toArray();
	}
}
