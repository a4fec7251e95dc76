package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.reportOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Possible duplicates found at intake (same minor class within 50 m and 72 h) and merging one into another.
 * Each test reports at a point of its own in micro-grid M9111, at least 400 m from every other test's reports.
 */
@IntegrationTest
class CaseDuplicatesIntegrationTests {

	/** 0.0002° of latitude is about 22 m; 0.001° about 111 m. */
	private static final double NEAR = 0.0002;

	private static final double FAR = 0.001;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-12T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long report(String kind, String minor, double lon, double lat) {
		return cases.report(reportOf("PATROL", kind, minor, lon, lat, "")).path("id").asLong();
	}

	private List<Long> candidates(long id) {
		List<Long> ids = new ArrayList<>();
		cases.get(id).path("duplicateCandidates").forEach(node -> ids.add(node.asLong()));
		return ids;
	}

	@Test
	void listsAnOpenCaseOfTheSameClassNearbyAsADuplicateCandidate() {
		double lon = 40.102;
		double lat = 0.002;
		long first = report("COMPONENT", "0403", lon, lat);
		assertThat(candidates(first)).isEmpty();

		assertThat(candidates(report("COMPONENT", "0403", lon, lat + NEAR))).containsExactly(first);
		assertThat(candidates(report("COMPONENT", "0403", lon, lat + FAR))).doesNotContain(first);
		assertThat(candidates(report("COMPONENT", "0402", lon, lat))).isEmpty();
		assertThat(candidates(report("EVENT", "0403", lon, lat))).isEmpty();

		clock.advance(Duration.ofHours(73));
		assertThat(candidates(report("COMPONENT", "0403", lon, lat))).doesNotContain(first);
	}

	@Test
	void doesNotListAClosedCaseAsADuplicateCandidate() {
		double lon = 40.102;
		double lat = 0.010;
		long closed = cases.report(reportOf("PATROL", "COMPONENT", "0403", lon, lat,
				"\"selfHandled\":true,\"attachments\":[\"photo://fixed\"]")).path("id").asLong();
		assertThat(candidates(report("COMPONENT", "0403", lon, lat))).doesNotContain(closed);
	}

	@Test
	void mergesADuplicateIntoTheFirstCaseKeepingBothTimelines() {
		double lon = 40.110;
		double lat = 0.002;
		long first = report("COMPONENT", "0403", lon, lat);
		long duplicate = report("COMPONENT", "0403", lon + NEAR, lat);
		assertThat(candidates(duplicate)).containsExactly(first);

		assertThat(errors(cases.attempt(duplicate, "merge", ""), 400)).containsExactly("targetCaseId:REQUIRED");
		assertThat(errors(cases.attempt(duplicate, "merge", "\"targetCaseId\":999999999"), 400))
			.containsExactly("targetCaseId:UNKNOWN");
		assertThat(cases.attempt(duplicate, "merge", "\"targetCaseId\":" + duplicate).status()).isEqualTo(409);

		JsonNode merged = cases.ok(duplicate, "merge", "\"targetCaseId\":" + first + ",\"note\":\"同一护栏 / Same guard\"");
		assertThat(merged.path("state").asString()).isEqualTo("MERGED");
		assertThat(merged.path("mergedInto").asLong()).isEqualTo(first);
		assertThat(merged.path("open").asBoolean()).isFalse();
		assertThat(merged.path("allowedActions")).isEmpty();

		JsonNode target = cases.get(first);
		assertThat(target.path("state").asString()).isEqualTo("REPORTED");
		assertThat(target.path("absorbed")).extracting(JsonNode::asLong).containsExactly(duplicate);
		JsonNode absorb = target.path("timeline").get(1);
		assertThat(absorb.path("action").asString()).isEqualTo("absorb");
		assertThat(absorb.path("details").path("mergedCaseId").asLong()).isEqualTo(duplicate);
		assertThat(cases.timelineActions(first)).containsExactly("report", "absorb");
		assertThat(cases.timelineActions(duplicate)).containsExactly("report", "merge");
		assertThat(cases.get(duplicate).path("timeline").get(1).path("details").path("targetCaseId").asLong())
			.isEqualTo(first);
	}

	@Test
	void refusesToMergeIntoACaseThatIsNoLongerOpen() {
		double lon = 40.110;
		double lat = 0.010;
		long closed = cases.report(reportOf("PATROL", "COMPONENT", "0403", lon, lat,
				"\"selfHandled\":true,\"attachments\":[\"photo://fixed\"]")).path("id").asLong();
		long other = report("COMPONENT", "0403", lon, lat);
		var refused = cases.attempt(other, "merge", "\"targetCaseId\":" + closed);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().path("state").asString()).isEqualTo("REPORTED");
		assertThat(cases.timelineActions(closed)).containsExactly("report", "self-handle");
		assertThat(cases.timelineActions(other)).containsExactly("report");
	}
}
