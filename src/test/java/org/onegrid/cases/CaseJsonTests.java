package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A case is stored in two parts, what intake fixed and what steps change, and read back whole; neither part holds
 * the other's fields.
 */
class CaseJsonTests {

	static final String STORED = """
			{"state": "HANDLING", "kind": "COMPONENT", "minorCode": "0201", "channel": "PATROL",
			 "urgency": "NORMAL", "tier": "GENERAL", "areaClass": "B", "lon": 40.1, "lat": 0.005,
			 "description": "路面坑槽 / Pothole", "channelDetails": {"ticketNo": "T-1"}, "attachments": ["a.jpg"],
			 "trails": [{"layer": "ops", "grids": [{"code": "M9111", "name": "一微网格", "level": 3}]}],
			 "primaryLayer": "ops", "handlingGrid": "C911", "reportedBy": "worker-1",
			 "assignment": {"lead": "municipal-works", "assisting": []},
			 "notices": [{"id": 1, "kind": "SUPERVISE", "from": "op-1", "note": "快 / Hurry",
			   "at": "2026-03-13T01:00:00Z"}],
			 "duplicateCandidates": [3], "absorbed": [4], "reworkCount": 1, "postponedDays": 2,
			 "handledOnTime": true, "reportedAt": "2026-03-13T00:00:00Z", "timelineSize": 6}
			""";

	@Test
	void theTwoPartsReadBackAsTheWholeCase() {
		Case c = CaseJson.read(null, STORED, 7L, 6);

		Case back = CaseJson.read(CaseJson.report(c), CaseJson.steps(c), 7L, 6);

		assertThat(CaseJson.write(back)).isEqualTo(CaseJson.write(c));
	}

	@Test
	void eachPartHoldsOnlyItsOwnFields() {
		Case c = CaseJson.read(null, STORED, 7L, 6);

		assertThat(CaseJson.report(c)).contains("\"trails\"", "\"grids\"", "\"M9111\"", "\"description\"")
			.doesNotContain("\"state\"", "\"assignment\"", "\"notices\"");
		assertThat(CaseJson.steps(c)).contains("\"state\"", "\"assignment\"", "\"notices\"", "\"快 / Hurry\"")
			.doesNotContain("\"trails\"", "\"description\"", "\"channelDetails\"");
	}
}
