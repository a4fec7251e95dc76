package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A copy of a case holds every field of the original, and nothing a step changes in the copy reaches it. */
class CaseCopiesTests {

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
	void aCopyHasEveryFieldOfTheOriginal() {
		Case original = CaseJson.read(null, STORED, 7L, 6);
		Case copy = CaseCopies.copy(original);

		assertThat(copy).isNotSameAs(original);
		assertThat(copy.id).isEqualTo(7L);
		assertThat(copy.version).isEqualTo(6);
		assertThat(CaseJson.write(copy)).isEqualTo(CaseJson.write(original));
	}

	@Test
	void changingTheCopyLeavesTheOriginalAlone() {
		Case original = CaseJson.read(null, STORED, 7L, 6);
		String before = CaseJson.write(original);
		Case copy = CaseCopies.copy(original);

		copy.notices.add(new SupervisionNotice(2, SupervisionNotice.Kind.URGE, "op-2", null, "再催 / Again",
				Instant.parse("2026-03-13T02:00:00Z"), null, null));
		copy.absorbed.add(5L);
		copy.duplicateCandidates.clear();
		copy.channelDetails.put("ticketNo", "T-2");
		copy.newEntries.add(new TimelineEntry(7, "supervise", CaseState.HANDLING, CaseState.HANDLING, "op-2", null,
				Instant.parse("2026-03-13T02:00:00Z"), null, null, null));

		assertThat(CaseJson.write(original)).isEqualTo(before);
		assertThat(original.newEntries).isEmpty();
	}
}
