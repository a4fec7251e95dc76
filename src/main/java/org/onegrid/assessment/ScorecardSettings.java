package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's scorecards, which it changes without a release: the weights of each object type's indicators, its
 * grade thresholds and, for workers, the bundle with their grids' scores. A change scores every month not yet closed;
 * a closed month keeps the scores it published.
 */
@Service
public class ScorecardSettings {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final Scorecards scorecards;

	ScorecardSettings(JdbcClient jdbc, Scorecards scorecards) {
		this.jdbc = jdbc;
		this.scorecards = scorecards;
	}

	/** Every object type's scorecard, in the order of {@link ObjectType}. */
	public List<ScorecardSetting> all() {
		return Arrays.stream(ObjectType.values()).map(this::of).toList();
	}

	public ScorecardSetting of(ObjectType type) {
		Scorecard card = scorecards.of(type);
		return new ScorecardSetting(type.name(),
				card.items().stream().map(i -> new ScorecardSetting.Item(i.indicator(), i.weight(), i.inverted()))
					.toList(),
				card.grades().stream().map(g -> new ScorecardSetting.Grade(g.name(), g.minScore())).toList(),
				card.bundle() == null ? null
						: new ScorecardSetting.Bundle(card.bundle().objectType().name(), card.bundle().weight()));
	}

	/** Replaces the type's scorecard whole, refused field by field unless it is complete and adds up to 100. */
	@Transactional
	public ScorecardSetting replace(ObjectType type, ScorecardSetting setting) {
		Fields.failIfAny(check(type, setting));
		List<ScorecardSetting.Item> items = setting.items();
		List<ScorecardSetting.Grade> grades = setting.grades();
		jdbc.sql("DELETE FROM assessment_scorecard WHERE object_type = ?").param(type.name()).update();
		jdbc.sql("DELETE FROM assessment_grade WHERE object_type = ?").param(type.name()).update();
		jdbc.sql("DELETE FROM assessment_scorecard_bundle WHERE object_type = ?").param(type.name()).update();
		if (setting.bundle() != null) {
			jdbc.sql("INSERT INTO assessment_scorecard_bundle (object_type, bundled_type, weight) VALUES (?, ?, ?)")
				.params(type.name(), setting.bundle().objectType().strip().toUpperCase(), setting.bundle().weight())
				.update();
		}
		for (ScorecardSetting.Item item : items) {
			jdbc.sql("INSERT INTO assessment_scorecard (object_type, indicator, weight, inverted) VALUES (?, ?, ?, ?)")
				.params(type.name(), item.indicator(), item.weight(), Boolean.TRUE.equals(item.inverted()))
				.update();
		}
		for (ScorecardSetting.Grade grade : grades) {
			jdbc.sql("INSERT INTO assessment_grade (object_type, grade, min_score) VALUES (?, ?, ?)")
				.params(type.name(), grade.grade().strip(), grade.minScore())
				.update();
		}
		return of(type);
	}

	/** What is wrong with the scorecard for the type, field by field; empty when it can be stored. */
	public List<Violation> check(ObjectType type, ScorecardSetting setting) {
		List<Violation> violations = new ArrayList<>();
		checkItems(type, setting.items() == null ? List.of() : setting.items(), violations);
		checkGrades(setting.grades() == null ? List.of() : setting.grades(), violations);
		BundleChecks.check(type, setting.bundle(), violations);
		return violations;
	}

	/** Whether the stored scorecard of the type says what {@code setting} says, whatever the order and scale. */
	public boolean same(ObjectType type, ScorecardSetting setting) {
		return normal(of(type)).equals(normal(setting));
	}

	private static Set<String> normal(ScorecardSetting setting) {
		Set<String> parts = new HashSet<>();
		setting.items().forEach(i -> parts.add(i.indicator() + "=" + i.weight().stripTrailingZeros().toPlainString()
				+ (Boolean.TRUE.equals(i.inverted()) ? "-" : "+")));
		setting.grades().forEach(g -> parts.add(g.grade().strip() + ">=" + g.minScore().stripTrailingZeros()
			.toPlainString()));
		if (setting.bundle() != null) {
			parts.add("bundle:" + setting.bundle().objectType().strip().toUpperCase() + "="
					+ setting.bundle().weight().stripTrailingZeros().toPlainString());
		}
		return parts;
	}

	private static void checkItems(ObjectType type, List<ScorecardSetting.Item> items, List<Violation> violations) {
		if (items.isEmpty()) {
			violations.add(new Violation("items", "REQUIRED", "a scorecard scores at least one indicator"));
			return;
		}
		List<String> shares = ReportLabels.indicators(type).stream().filter(ReportLabels::isShare).toList();
		Set<String> seen = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < items.size(); i++) {
			ScorecardSetting.Item item = items.get(i);
			String at = "items[" + i + "]";
			if (item == null || item.indicator() == null || !shares.contains(item.indicator())) {
				violations.add(new Violation(at + ".indicator", "UNKNOWN", "a " + type + " scorecard scores one of "
						+ String.join(", ", shares)));
			}
			else if (!seen.add(item.indicator())) {
				violations.add(new Violation(at + ".indicator", "DUPLICATE", item.indicator() + " is scored twice"));
			}
			if (item == null || item.weight() == null || item.weight().signum() <= 0
					|| item.weight().compareTo(HUNDRED) > 0) {
				violations.add(new Violation(at + ".weight", "RANGE", "a weight is more than 0 and at most 100"));
			}
			else {
				total = total.add(item.weight());
			}
		}
		if (violations.stream().noneMatch(v -> v.field().endsWith(".weight")) && total.compareTo(HUNDRED) != 0) {
			violations.add(new Violation("items", "TOTAL", "the weights add up to " + total.toPlainString()
					+ "; they must add up to 100"));
		}
	}

	private static void checkGrades(List<ScorecardSetting.Grade> grades, List<Violation> violations) {
		if (grades.isEmpty() || grades.size() > 10) {
			violations.add(new Violation("grades", "SIZE", "a scorecard has 1 to 10 grades"));
		}
		Set<String> names = new HashSet<>();
		Set<BigDecimal> thresholds = new HashSet<>();
		for (int i = 0; i < grades.size(); i++) {
			ScorecardSetting.Grade grade = grades.get(i);
			String at = "grades[" + i + "]";
			if (grade == null || grade.grade() == null || grade.grade().isBlank() || grade.grade().strip().length() > 20) {
				violations.add(new Violation(at + ".grade", "SIZE", "a grade's name has 1 to 20 characters"));
			}
			else if (!names.add(grade.grade().strip())) {
				violations.add(new Violation(at + ".grade", "DUPLICATE", "grade " + grade.grade() + " is given twice"));
			}
			if (grade == null || grade.minScore() == null || grade.minScore().signum() < 0
					|| grade.minScore().compareTo(HUNDRED) > 0) {
				violations.add(new Violation(at + ".minScore", "RANGE", "a grade's lowest score is 0 to 100"));
			}
			else if (!thresholds.add(grade.minScore().stripTrailingZeros())) {
				violations.add(new Violation(at + ".minScore", "DUPLICATE", "two grades start at "
						+ grade.minScore().toPlainString()));
			}
		}
	}
}
