package org.onegrid.grid;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The district's places by name, for whoever reads its grids: how an operator finds where a caller is. */
@Tag(name = "Grid layers")
@RestController
class PlaceController {

	/** The most places one search lists. */
	static final int MOST = 50;

	private final PlaceSearch search;

	PlaceController(PlaceSearch search) {
		this.search = search;
	}

	@Operation(summary = "Grids and grid members of every layer whose name holds every word of q (or whose code is q), "
			+ "the best first, each with a point inside it")
	@GetMapping("/api/v1/places")
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	List<Place> find(@RequestParam(required = false) String q, @RequestParam(defaultValue = "10") int limit) {
		if (q == null || q.isBlank()) {
			throw ApiProblem.invalidField("q", "REQUIRED", "say what to look for: a name or a part of one");
		}
		if (q.strip().length() > 100) {
			throw ApiProblem.invalidField("q", "SIZE", "a search is at most 100 characters");
		}
		if (limit < 1 || limit > MOST) {
			throw ApiProblem.invalidField("limit", "OUT_OF_RANGE", "a search lists 1 to " + MOST + " places");
		}
		return search.find(q, limit);
	}
}
