package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A case is stored in two parts, what intake fixed and what steps change, and read back whole; neither part holds
 * the other's fields.
 */
class CaseJsonTests {

	@Test
	void theTwoPartsReadBackAsTheWholeCase() {
		Case c = CaseJson.read(null, CaseCopiesTests.STORED, 7L, 6);

		Case back = CaseJson.read(CaseJson.report(c), CaseJson.steps(c), 7L, 6);

		assertThat(CaseJson.write(back)).isEqualTo(CaseJson.write(c));
	}

	@Test
	void eachPartHoldsOnlyItsOwnFields() {
		Case c = CaseJson.read(null, CaseCopiesTests.STORED, 7L, 6);

		assertThat(CaseJson.report(c)).contains("\"trails\"", "\"grids\"", "\"M9111\"", "\"description\"")
			.doesNotContain("\"state\"", "\"assignment\"", "\"notices\"");
		assertThat(CaseJson.steps(c)).contains("\"state\"", "\"assignment\"", "\"notices\"", "\"快 / Hurry\"")
			.doesNotContain("\"trails\"", "\"description\"", "\"channelDetails\"");
	}
}
