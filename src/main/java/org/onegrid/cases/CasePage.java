package org.onegrid.cases;

import java.util.List;

/**
 * A page of search results, newest report first, with the total number of matches.
 */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {
}
