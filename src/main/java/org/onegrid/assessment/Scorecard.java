package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How one object type is scored, as the district configured it: each indicator's weight, the lowest score of each
 * grade (优 / 良 / 中 / 差), and the bundle that binds a person's result to their grids' results, if any.
 */
record Scorecard(ObjectType type, List<Item> items, List<Grade> grades, Bundle bundle) {

	/** An indicator worth {@code weight} points: its rate earns them, or {@code 1 − rate} when inverted. */
	record Item(String indicator, BigDecimal weight, boolean inverted) {
	}

	record Grade(String name, BigDecimal minScore) {
	}

	/**
	 * The bundle (捆绑制): {@code weight} of each person's 100 points come from the mean score of the objects of
	 * {@code objectType} (the grids) they serve, the rest from their own items.
	 */
	record Bundle(ObjectType objectType, BigDecimal weight) {
	}

	Scorecard(ObjectType type, List<Item> items, List<Grade> grades) {
		this(type, items, grades, null);
	}

	Scorecard {
		items = List.copyOf(items);
		grades = grades.stream().sorted(Comparator.comparing(Grade::minScore).reversed()).toList();
	}

	/** The grade of the highest threshold the score reaches, or the lowest grade below every threshold. */
	String grade(BigDecimal score) {
		return grades.stream()
			.filter(grade -> score.compareTo(grade.minScore()) >= 0)
			.findFirst()
			.or(() -> grades.stream().reduce((first, second) -> second))
			.map(Grade::name)
			.orElse(null);
	}
}
