package org.onegrid.analysis;

import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.grid.GridSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The area a forecast or an outlook is asked for: a grid of the reader's with every grid below it, or the whole
 * district for a reader who sees all of it. An area the reader may not see is answered as not found, so as not to
 * confirm it.
 */
@Component
class AnalysisArea {

	private final GridHierarchy hierarchy;

	AnalysisArea(GridHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	/** How many periods ahead were asked, {@code fallback} when none; out of 1 to {@code most}, a violation. */
	static int ahead(String field, Integer asked, int fallback, int most, List<Violation> violations) {
		int ahead = asked == null ? fallback : asked;
		if (ahead < 1 || ahead > most) {
			violations.add(new Violation(field, "RANGE", field + " is 1 to " + most));
		}
		return ahead;
	}

	/** Adds what is wrong with the area and category asked to {@code violations}. */
	static void check(String layer, String grid, String category, List<Violation> violations) {
		if (category != null && !category.matches("[0-9A-Za-z-]{1,20}")) {
			violations.add(new Violation("category", "PATTERN", "category is a minor class code such as 0201"));
		}
		if (grid != null && layer == null) {
			violations.add(new Violation("layer", "REQUIRED", "a grid is named with its layer"));
		}
	}

	/** The codes of the grid and every grid below it, or null for the whole district. */
	List<String> grids(String layer, String grid, Grant grant) {
		if (grid == null) {
			if (!grant.all()) {
				throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "The whole district's analysis is for "
						+ "readers who see all of it; name a grid of yours");
			}
			return null;
		}
		List<String> path = hierarchy.path(layer, grid);
		if (path.isEmpty() || !grant.seesGridPath(layer, path)) {
			throw ApiProblem.notFound("Grid", layer + "/" + grid);
		}
		return hierarchy.subtree(layer, grid).stream().map(GridSummary::code).toList();
	}
}
