package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** A window is open from its opening minute up to (not at) its close, and one running past midnight to the day's end. */
class DailyWindowTests {

	@Test
	void opensAtItsTimeAndClosesAfterItsMinutes() {
		DailyWindow window = new DailyWindow(LocalTime.of(9, 0), 30);
		assertThat(window.contains(LocalTime.of(8, 59, 59))).isFalse();
		assertThat(window.contains(LocalTime.of(9, 0))).isTrue();
		assertThat(window.contains(LocalTime.of(9, 29, 59))).isTrue();
		assertThat(window.contains(LocalTime.of(9, 30))).isFalse();
	}

	@Test
	void aWindowRunningPastMidnightStaysOpenUntilTheDayEnds() {
		DailyWindow late = new DailyWindow(LocalTime.of(23, 30), 60);
		assertThat(late.contains(LocalTime.of(23, 59, 59))).isTrue();
		assertThat(late.contains(LocalTime.of(0, 10))).as("the next day's early hours are not this day's").isFalse();
		assertThat(new DailyWindow(LocalTime.MIDNIGHT, 24 * 60).contains(LocalTime.of(23, 0))).isTrue();
	}
}
