package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How one object type is scored, as the district configured it: each indicator's weight, and the lowest score of
 * each grade (优 / 良 / 中 / 差).
 */
record Scorecard(ObjectType type, List<Item> items, List<Grade> grades) {

	/** An indicator worth {@code weight} points: its rate earns them, or {@code 1 − rate} when inverted. */
	record Item(String indicator, BigDecimal weight, boolean inverted) {
	}

	record Grade(String name, BigDecimal minScore) {
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
