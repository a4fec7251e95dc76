package org.onegrid.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onegrid.calendar.WorkingDuration;

class TimeLimitsTests {

	private final TimeLimits limits = new TimeLimits(Map.of(Urgency.CRITICAL, new BigDecimal("0.25"), Urgency.URGENT,
			new BigDecimal("0.5"), Urgency.ELEVATED, new BigDecimal("0.75"), Urgency.NORMAL, BigDecimal.ONE), 8);

	@Test
	void leavesLimitsUnchangedAtNormalUrgency() {
		assertThat(limits.scale(WorkingDuration.days(5), Urgency.NORMAL)).isEqualTo(WorkingDuration.days(5));
		assertThat(limits.scale(WorkingDuration.hours(3), Urgency.NORMAL)).isEqualTo(WorkingDuration.hours(3));
	}

	@Test
	void keepsWholeDaysInDays() {
		assertThat(limits.scale(WorkingDuration.days(4), Urgency.URGENT)).isEqualTo(WorkingDuration.days(2));
		assertThat(limits.scale(WorkingDuration.days(4), Urgency.ELEVATED)).isEqualTo(WorkingDuration.days(3));
	}

	@Test
	void turnsFractionalDaysIntoWorkingHours() {
		assertThat(limits.scale(WorkingDuration.days(5), Urgency.URGENT)).isEqualTo(WorkingDuration.hours(20));
		assertThat(limits.scale(WorkingDuration.days(1), Urgency.CRITICAL)).isEqualTo(WorkingDuration.hours(2));
		assertThat(limits.scale(WorkingDuration.days(1), Urgency.ELEVATED)).isEqualTo(WorkingDuration.hours(6));
	}

	@Test
	void roundsHoursDownButNeverBelowOneHour() {
		assertThat(limits.scale(WorkingDuration.hours(3), Urgency.URGENT)).isEqualTo(WorkingDuration.hours(1));
		assertThat(limits.scale(WorkingDuration.hours(7), Urgency.ELEVATED)).isEqualTo(WorkingDuration.hours(5));
		assertThat(limits.scale(WorkingDuration.hours(1), Urgency.CRITICAL)).isEqualTo(WorkingDuration.hours(1));
	}

	@Test
	void usesTheDistrictsWorkingDayLength() {
		var sevenHourDays = new TimeLimits(Map.of(Urgency.URGENT, new BigDecimal("0.5")), 7);
		assertThat(sevenHourDays.scale(WorkingDuration.days(1), Urgency.URGENT)).isEqualTo(WorkingDuration.hours(3));
	}

	@Test
	void treatsAnUrgencyWithoutFactorAsNormal() {
		var none = new TimeLimits(Map.of(), 8);
		assertThat(none.scale(WorkingDuration.days(5), Urgency.CRITICAL)).isEqualTo(WorkingDuration.days(5));
	}

	@Test
	void prefersTheAreaClassesOwnLimitOverTheGeneralOne() {
		var minor = new MinorClass(Kind.COMPONENT, "0101", "井盖缺失", "Missing manhole cover", "f", "c", "water",
				List.of(new TimeLimit(Stage.ACCEPT, null, WorkingDuration.days(1)),
						new TimeLimit(Stage.DISPATCH, null, WorkingDuration.days(1)),
						new TimeLimit(Stage.HANDLE, null, WorkingDuration.days(5)),
						new TimeLimit(Stage.HANDLE, AreaClass.A, WorkingDuration.hours(4)),
						new TimeLimit(Stage.CHECK, null, WorkingDuration.days(1))));

		List<TimeLimits.StageLimit> core = limits.of(minor, AreaClass.A, Urgency.URGENT);
		List<TimeLimits.StageLimit> general = limits.of(minor, AreaClass.C, Urgency.URGENT);

		assertThat(core).extracting(TimeLimits.StageLimit::stage).containsExactly(Stage.values());
		assertThat(core.get(2).base()).isEqualTo(WorkingDuration.hours(4));
		assertThat(core.get(2).limit()).isEqualTo(WorkingDuration.hours(2));
		assertThat(general.get(2).base()).isEqualTo(WorkingDuration.days(5));
		assertThat(general.get(2).limit()).isEqualTo(WorkingDuration.hours(20));
		assertThat(general.get(0).factor()).isEqualByComparingTo("0.5");
	}
}
