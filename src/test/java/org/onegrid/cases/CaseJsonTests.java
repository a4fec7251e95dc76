package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

	@Test
	void readsATimelineAsPostgresqlAggregatesItsRows() {
		String rows = """
				[{"case_id":7,"seq":1,"action":"report","from_state":null,"to_state":"REPORTED","actor":"worker-1",
				  "role":"grid-worker","at":"2026-03-13T08:00:00.123456+08:00","note":null,"attachments":["a.jpg"],
				  "details":{"requestId":"r-1","count":2}},
				 {"case_id":7,"seq":2,"action":"accept","from_state":"REPORTED","to_state":"ACCEPTED","actor":"op-1",
				  "role":"dispatcher","at":"2026-03-13T00:05:00+00:00","note":"收到 / Received","attachments":[],
				  "details":{}}]
				""";

		List<TimelineEntry> timeline = CaseJson.timeline(rows);

		assertThat(timeline).containsExactly(
				new TimelineEntry(1, "report", null, CaseState.REPORTED, "worker-1", "grid-worker",
						Instant.parse("2026-03-13T00:00:00.123456Z"), null, List.of("a.jpg"),
						Map.of("requestId", "r-1", "count", 2)),
				new TimelineEntry(2, "accept", CaseState.REPORTED, CaseState.ACCEPTED, "op-1", "dispatcher",
						Instant.parse("2026-03-13T00:05:00Z"), "收到 / Received", List.of(), Map.of()));
		assertThat(CaseJson.timeline(null)).isEmpty();
	}
}
