package org.onegrid.access;

import java.util.List;

/**
 * A page of accounts by username, as administrators browse them: the same shape and paging rules as the case
 * list, so that a district with thousands of accounts is never read whole.
 *
 * @param page the page number, from 0
 * @param size the most accounts on a page
 * @param total how many accounts match the search
 */
public record AccountPage(List<Account> items, int page, int size, long total) {

	public AccountPage {
		items = List.copyOf(items);
	}
}
