package org.onegrid.cases;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.onegrid.cases.CaseTallies.CategoryTally;
import org.onegrid.cases.CaseTallies.GridTally;

/**
 * How counts from the kept rows and from reading the cases are added up and ordered, so that both ways give the
 * same list in the same order: most first, then by code.
 */
final class TallyOrder {

	private static final Comparator<CategoryTally> MOST_REPORTED = Comparator.comparingLong(CategoryTally::count)
		.reversed()
		.thenComparing(CategoryTally::minorCode)
		.thenComparing(CategoryTally::kind);

	private static final Comparator<GridTally> MOST_OPEN = Comparator.comparingLong(GridTally::open)
		.reversed()
		.thenComparing(Comparator.comparingLong(GridTally::overdue).reversed())
		.thenComparing(GridTally::code);

	private TallyOrder() {
	}

	static List<CategoryTally> mostReported(Collection<CategoryTally> tallies) {
		return tallies.stream().sorted(MOST_REPORTED).toList();
	}

	static List<GridTally> mostOpen(Collection<GridTally> tallies) {
		return tallies.stream().sorted(MOST_OPEN).toList();
	}

	/** Adds a grid's tally to the one of the same grid, if any; a renamed grid keeps the first of its names. */
	static void merge(Map<String, GridTally> grids, GridTally t) {
		grids.merge(t.layer() + ":" + t.code(), t, (a, b) -> new GridTally(a.layer(), a.code(),
				Stream.of(a.name(), b.name()).filter(Objects::nonNull).min(String::compareTo).orElse(null),
				a.open() + b.open(), a.overdue() + b.overdue()));
	}
}
