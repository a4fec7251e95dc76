package org.onegrid.cases;

import java.util.List;

/**
 * A page of search results, newest report first.
 *
 * @param total the number of matches, counted up to a cap; {@code null} on a page reached by {@code after}, whose
 * walk's first page gave it
 * @param totalCapped whether there are more matches than {@code total} says (shown as "10,000+")
 * @param next the token that reads the following page as {@code after}; {@code null} on the last page
 */
public record CasePage(List<CaseSummary> items, int page, int size, Long total, boolean totalCapped, String next) {
}
