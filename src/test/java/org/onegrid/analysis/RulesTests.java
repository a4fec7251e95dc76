package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The warning rules against numbers worked out by hand.
 */
class RulesTests {

	@Test
	void poissonTailMatchesTheHandSum() {
		// P(X >= 6 | 1.5) = 1 - e^-1.5 (1 + 1.5 + 1.125 + 0.5625 + 0.2109375 + 0.06328125) = 0.004456
		assertThat(Rules.poissonUpperTail(6, 1.5)).isCloseTo(0.004456, within(0.000005));
		// P(X >= 5 | 1) = 1 - e^-1 (1 + 1 + 0.5 + 0.166667 + 0.041667) = 0.003660
		assertThat(Rules.poissonUpperTail(5, 1.0)).isCloseTo(0.003660, within(0.000005));
		assertThat(Rules.poissonUpperTail(0, 3)).isEqualTo(1.0);
		assertThat(Rules.poissonUpperTail(1, 2)).isCloseTo(1 - Math.exp(-2), within(1e-12));
	}

	@Test
	void aGridWithSixOfTheDistrictsSixCasesAmongFourGridsIsAHotSpot() {
		assertThat(Rules.expectedPerGrid(6, 4)).isEqualTo(1.5);
		assertThat(Rules.hotSpot(6, 6, 4, 0.01, 5)).as("p = 0.0045").isTrue();
		// P(X >= 5 | 1.5) = 0.0186, not below 0.01
		assertThat(Rules.hotSpot(5, 6, 4, 0.01, 5)).isFalse();
		assertThat(Rules.hotSpot(4, 4, 40, 0.01, 5)).as("fewer than the minimum count").isFalse();
	}

	@Test
	void fiveCasesAfterWeeksOfOneAreASurgeButFourAreNot() {
		List<Integer> ones = Collections.nCopies(8, 1);
		assertThat(Rules.surge(5, ones, 0.01, 3, 0.5)).as("p = 0.0037").isTrue();
		// P(X >= 4 | 1) = 1 - e^-1 (1 + 1 + 0.5 + 0.166667) = 0.0190
		assertThat(Rules.surge(4, ones, 0.01, 3, 0.5)).isFalse();
		assertThat(Rules.historyMean(List.of(), 0.5)).as("no history: the floor").isEqualTo(0.5);
		assertThat(Rules.surge(4, List.of(), 0.01, 5, 0.5)).as("below the minimum count").isFalse();
	}

	@Test
	void metresAreGreatCircleMetres() {
		// 0.0004 degrees of latitude = 6,371,000 x 0.0004 x pi / 180 = 44.5 m
		assertThat(Rules.metres(120, 30, 120, 30.0004)).isCloseTo(44.48, within(0.05));
	}
}
