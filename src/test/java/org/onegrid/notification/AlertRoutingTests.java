package org.onegrid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onegrid.notification.AlertRouting.Recipients;
import org.onegrid.notification.AlertRouting.Recipients.Basis;
import org.onegrid.people.DutyShift;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.UnitKind;

/**
 * Who hears of an alert: grid L has district D, streets S and T, and community C under S. The district unit owns D,
 * street S's unit owns S, whose operations centre (no grid of its own) has a duty room below it; community C has its
 * own unit; street T's unit owns T.
 */
class AlertRoutingTests {

	private static final Map<String, String> PARENTS = new HashMap<>();

	static {
		PARENTS.put("D", null);
		PARENTS.put("S", "D");
		PARENTS.put("T", "D");
		PARENTS.put("C", "S");
		PARENTS.put("M", "C");
	}

	private static OrgUnit unit(String code, String parent, String grid, Long head) {
		return new OrgUnit(code, code, UnitKind.STREET, parent, grid == null ? null : "L", grid, false, head);
	}

	private static DutyShift duty(String unit, long person) {
		return new DutyShift(person, unit, person, "p" + person, "shift-leader", Instant.EPOCH, Instant.MAX);
	}

	private static AlertRouting routing(List<OrgUnit> units, List<DutyShift> onDuty, Set<Long> withAccounts) {
		Map<String, List<DutyShift>> byUnit = new HashMap<>();
		onDuty.forEach(shift -> byUnit.computeIfAbsent(shift.unitCode(), k -> new java.util.ArrayList<>()).add(shift));
		return new AlertRouting(units, byUnit, layer -> PARENTS,
				people -> people.stream().filter(withAccounts::contains).collect(java.util.stream.Collectors.toSet()));
	}

	private static List<OrgUnit> district(Long streetHead, Long districtHead) {
		return List.of(unit("u-d", null, "D", districtHead), unit("u-s", "u-d", "S", streetHead),
				unit("u-s-centre", "u-s", null, null), unit("u-s-duty", "u-s-centre", null, null),
				unit("u-c", "u-s", "C", null), unit("u-t", "u-d", "T", null));
	}

	@Test
	void findsWhoeverIsOnDutyInTheStreetsCommandPostsBelowIt() {
		AlertRouting routing = routing(district(null, null), List.of(duty("u-s-duty", 7)), Set.of(7L));
		Recipients recipients = routing.recipients("L", "S");
		assertThat(recipients.people()).containsExactly(7L);
		assertThat(recipients.basis()).isEqualTo(Basis.ON_DUTY);
		assertThat(recipients.unitCode()).isEqualTo("u-s");
	}

	@Test
	void walksUpFromAGridWithoutAUnitAndFromAUnitWithNobodyOnDuty() {
		AlertRouting routing = routing(district(null, null), List.of(duty("u-s-centre", 7)), Set.of(7L));
		assertThat(routing.recipients("L", "M").people()).containsExactly(7L);
		assertThat(routing.recipients("L", "C").unitCode()).isEqualTo("u-s");
	}

	@Test
	void prefersTheNearestCommandPostAndNeverSearchesAnotherTerritoryBelow() {
		AlertRouting routing = routing(district(null, null),
				List.of(duty("u-s-centre", 7), duty("u-s-duty", 8), duty("u-c", 9)), Set.of(7L, 8L, 9L));
		assertThat(routing.recipients("L", "S").people()).containsExactly(7L);
		AlertRouting onlyTheCommunity = routing(district(null, null), List.of(duty("u-c", 9)), Set.of(9L));
		assertThat(onlyTheCommunity.recipients("L", "S").basis()).isEqualTo(Basis.UNASSIGNED);
		assertThat(onlyTheCommunity.recipients("L", "T").people()).isEmpty();
	}

	@Test
	void asksTheUnitAboveBeforeAnyHead() {
		AlertRouting routing = routing(district(5L, null), List.of(duty("u-d", 3)), Set.of(3L, 5L));
		Recipients recipients = routing.recipients("L", "S");
		assertThat(recipients.people()).containsExactly(3L);
		assertThat(recipients.unitCode()).isEqualTo("u-d");
	}

	@Test
	void fallsBackToTheHeadOfTheUnitOrOfTheNearestUnitAboveThatHasOne() {
		assertThat(routing(district(5L, 6L), List.of(), Set.of(5L, 6L)).recipients("L", "C"))
			.isEqualTo(new Recipients(List.of(5L), "u-s", Basis.HEAD));
		assertThat(routing(district(null, 6L), List.of(), Set.of(6L)).recipients("L", "T"))
			.isEqualTo(new Recipients(List.of(6L), "u-d", Basis.HEAD));
	}

	@Test
	void countsOnlyPeopleWithAnAccountToReadTheNotice() {
		AlertRouting routing = routing(district(5L, 6L), List.of(duty("u-s-duty", 7)), Set.of(6L));
		assertThat(routing.recipients("L", "S")).isEqualTo(new Recipients(List.of(6L), "u-d", Basis.HEAD));
	}

	@Test
	void isUnassignedWhenNobodyAtAllCanBeFound() {
		assertThat(routing(district(null, null), List.of(), Set.of()).recipients("L", "C"))
			.isEqualTo(new Recipients(List.of(), "u-c", Basis.UNASSIGNED));
		assertThat(routing(district(null, null), List.of(), Set.of()).recipients("L", "nowhere").unitCode()).isNull();
		assertThat(routing(district(null, null), List.of(), Set.of()).recipients(null, null).people()).isEmpty();
	}
}
