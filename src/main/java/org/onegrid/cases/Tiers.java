package org.onegrid.cases;

import java.util.List;

import org.onegrid.api.ApiProblem;
import org.springframework.http.HttpStatus;

/** A tier as a request's path names it. */
final class Tiers {

	private Tiers() {
	}

	/** The tier of that code; 404 naming the tiers there are when there is none. */
	static Tier named(String code) {
		try {
			return Tier.valueOf(code);
		}
		catch (IllegalArgumentException e) {
			throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "There is no tier '" + code + "'; the tiers are "
					+ List.of(Tier.values()));
		}
	}
}
