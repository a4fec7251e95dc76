package org.onegrid.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.calendar.WorkingDuration;
import org.onegrid.catalogue.Responsibility.Basis;

class ResponsibilityMatrixTests {

	private static final List<String> STREET = List.of("街道");

	/** 微网格 → 社区 → 街道 → 区, leaf first. */
	private final GridPath path = GridPath.of("ops", List.of("m-001", "c-01", "s-1", "d"),
			List.of("微网格", "社区", "街道", "区"));

	private final MinorClass vending = minor("0501", "urban-management");

	@Test
	void fallsBackToTheCategorysDefaultDepartmentWithoutRules() {
		Responsibility answer = new ResponsibilityMatrix(List.of(), STREET).resolve(vending, path);
		assertThat(answer.basis()).isEqualTo(Basis.CATEGORY_DEFAULT);
		assertThat(answer.leadDepartment()).isEqualTo("urban-management");
	}

	@Test
	void letsTheRuleOfTheDeepestGridWin() {
		var street = rule(1, "0501", "s-1", "street-office");
		var community = rule(2, "05", "c-01", "community-committee");
		Responsibility answer = new ResponsibilityMatrix(List.of(street, community), STREET).resolve(vending, path);
		assertThat(answer.basis()).isEqualTo(Basis.RULE);
		assertThat(answer.ruleId()).isEqualTo(2);
		assertThat(answer.leadDepartment()).isEqualTo("community-committee");
		assertThat(answer.explanation()).contains("#2");
	}

	@Test
	void prefersAMinorClassRuleToAMajorClassRuleOnTheSameGrid() {
		var major = rule(1, "05", "s-1", "police-station");
		var minor = rule(2, "0501", "s-1", "market-supervision");
		Responsibility answer = new ResponsibilityMatrix(List.of(major, minor), STREET).resolve(vending, path);
		assertThat(answer.ruleId()).isEqualTo(2);
		assertThat(answer.assistingDepartments()).containsExactly("police-station");
	}

	@Test
	void ranksAWholeLayerRuleBelowAnyGridOnThePath() {
		var wholeLayer = rule(1, "0501", null, "sanitation");
		var root = rule(2, "05", "d", "market-supervision");
		assertThat(new ResponsibilityMatrix(List.of(wholeLayer, root), STREET).resolve(vending, path).ruleId())
			.isEqualTo(2);
		assertThat(new ResponsibilityMatrix(List.of(wholeLayer), STREET).resolve(vending, path).leadDepartment())
			.isEqualTo("sanitation");
	}

	@Test
	void ignoresRulesOffThePathOfAnotherLayerOrAnotherCategory() {
		var otherGrid = rule(1, "0501", "s-2", "x");
		var otherLayer = new ResponsibilityRule(2, Kind.EVENT, "0501", "police", "s-1", "y", List.of(), null);
		var otherCategory = rule(3, "0502", "m-001", "z");
		var otherKind = new ResponsibilityRule(4, Kind.COMPONENT, "0501", "ops", "m-001", "w", List.of(), null);
		Responsibility answer = new ResponsibilityMatrix(List.of(otherGrid, otherLayer, otherCategory, otherKind),
				STREET).resolve(vending, path);
		assertThat(answer.basis()).isEqualTo(Basis.CATEGORY_DEFAULT);
	}

	@Test
	void givesTheStreetTerritorialResponsibilityWhenTheCategoryHasNoDepartment() {
		Responsibility answer = new ResponsibilityMatrix(List.of(), STREET).resolve(minor("0601", null), path);
		assertThat(answer.basis()).isEqualTo(Basis.TERRITORIAL);
		assertThat(answer.territory()).isEqualTo("s-1");
		assertThat(answer.leadDepartment()).isNull();
	}

	@Test
	void saysResponsibilityIsUnclearWhenNoStreetIsKnown() {
		GridPath codesOnly = GridPath.of("ops", List.of("m-001", "c-01", "s-1"), null);
		Responsibility answer = new ResponsibilityMatrix(List.of(), STREET).resolve(minor("0601", null), codesOnly);
		assertThat(answer.isUnclear()).isTrue();
		assertThat(answer.explanation()).contains("仲裁");
	}

	private static ResponsibilityRule rule(long id, String category, String grid, String lead) {
		return new ResponsibilityRule(id, Kind.EVENT, category, "ops", grid, lead,
				lead.equals("market-supervision") ? List.of("police-station") : List.of(), null);
	}

	private static MinorClass minor(String code, String department) {
		return new MinorClass(Kind.EVENT, code, "名称", "Name", "filing", "closing", department,
				List.of(new TimeLimit(Stage.HANDLE, null, WorkingDuration.days(5))));
	}
}
