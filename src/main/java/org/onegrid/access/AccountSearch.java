package org.onegrid.access;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.access.internal.Accounts;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.stereotype.Component;

/**
 * Pages through the accounts for administrators, by username, optionally only those whose username or display
 * name contains a text. Pages hold 1 to 200 accounts (20 unless asked) and reach the first 10,000 matches, as the
 * case list does; a narrower search finds the rest.
 */
@Component
class AccountSearch {

	static final int MAX_OFFSET = 10_000;

	private final Accounts accounts;

	AccountSearch(Accounts accounts) {
		this.accounts = accounts;
	}

	AccountPage page(String text, Integer page, Integer size) {
		List<Violation> violations = new ArrayList<>();
		int number = page == null ? 0 : page;
		int limit = size == null ? 20 : size;
		if (limit < 1 || limit > 200) {
			violations.add(new Violation("size", "OUT_OF_RANGE", "size is from 1 to 200"));
		}
		if (number < 0 || (long) number * Math.max(1, limit) > MAX_OFFSET) {
			violations.add(new Violation("page", "OUT_OF_RANGE", "page reaches at most the first " + MAX_OFFSET
					+ " accounts; search for a name to find the others"));
		}
		String search = text == null ? "" : text.strip();
		if (search.length() > Fields.MAX_NAME) {
			violations.add(new Violation("text", "SIZE", "a search has at most " + Fields.MAX_NAME + " characters"));
		}
		Fields.failIfAny(violations);
		return new AccountPage(accounts.page(search, number * limit, limit), number, limit, accounts.count(search));
	}
}
