package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.LAT;
import static org.onegrid.cases.CaseFixtures.LON;
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
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.access.Grant;
import org.onegrid.catalogue.AreaClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Searching cases by every filter. Five cases are reported once, a minute apart, on a morning no other test uses,
 * and every search is limited to those five minutes.
 */
@IntegrationTest
class CaseSearchIntegrationTests {

	private static final String WINDOW = "from=2026-03-16T01:00:00Z&to=2026-03-16T01:05:00Z";

	/** a: patrol 0201; b: citizen 0103 urgent; c: hotline 0502 outside C911; d: 0202 dispatched; e: self-handled. */
	private static long a, b, c, d, e;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseSearch search;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-16T09:00");
		if (a == 0) {
			reportTheFiveCases();
		}
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private void reportTheFiveCases() {
		a = cases.report(reportOf("PATROL", "COMPONENT", "0201", LON, LAT, "")).path("id").asLong();
		clock.advance(Duration.ofMinutes(1));
		b = cases.report(reportOf("CITIZEN", "EVENT", "0103", LON, LAT, "\"urgency\":\"URGENT\"")).path("id").asLong();
		clock.advance(Duration.ofMinutes(1));
		c = cases.report(reportOf("HOTLINE_12345", "EVENT", "0502", CaseFixtures.STREET_ONLY_LON,
				CaseFixtures.STREET_ONLY_LAT,
				"\"channelDetails\":{\"ticketNo\":\"T-1\"}")).path("id").asLong();
		clock.advance(Duration.ofMinutes(1));
		d = cases.report(reportOf("PATROL", "COMPONENT", "0202", LON, LAT, "")).path("id").asLong();
		cases.ok(d, "accept", "");
		cases.ok(d, "file", "\"conditionMet\":true");
		cases.ok(d, "dispatch", "\"assistingDepartments\":[\"greening\"]");
		clock.advance(Duration.ofMinutes(1));
		e = cases.report(reportOf("PATROL", "COMPONENT", "0201", LON, LAT,
				"\"selfHandled\":true,\"attachments\":[\"photo://fixed\"]")).path("id").asLong();
		clock.setShanghai("2026-03-16T09:00");
	}

	private List<Long> ids(String filters) {
		Response response = api.get("/api/v1/cases?size=200&" + WINDOW + (filters.isEmpty() ? "" : "&" + filters));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.body().path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	@Test
	void findsTheWindowsCasesNewestFirst() {
		assertThat(ids("")).containsExactly(e, d, c, b, a);
	}

	@Test
	void filtersByStateKindAndCategory() {
		assertThat(ids("state=REPORTED")).containsExactly(a);
		assertThat(ids("state=AWAITING_VERIFICATION&state=dispatched")).containsExactly(d, c, b);
		assertThat(ids("kind=EVENT")).containsExactly(c, b);
		assertThat(ids("category=02")).containsExactly(e, d, a);
		assertThat(ids("category=0201")).containsExactly(e, a);
		assertThat(ids("kind=COMPONENT&category=0201&open=true")).containsExactly(a);
	}

	@Test
	void filtersByGridSubtree() {
		assertThat(ids("layer=ops&grid=C911")).containsExactly(e, d, b, a);
		assertThat(ids("layer=ops&grid=S91")).containsExactly(e, d, c, b, a);
		assertThat(ids("layer=ops&grid=M9111")).containsExactly(e, d, b, a);
		assertThat(ids("layer=police&grid=S91")).isEmpty();
	}

	@Test
	void filtersByDepartmentChannelUrgencyLightAndOpen() {
		assertThat(ids("department=greening")).containsExactly(d);
		assertThat(ids("department=municipal-works")).containsExactly(d);
		assertThat(ids("channel=HOTLINE_12345")).containsExactly(c);
		assertThat(ids("channel=patrol")).containsExactly(e, d, a);
		assertThat(ids("urgency=URGENT")).containsExactly(b);
		assertThat(ids("light=GREEN")).containsExactly(d, c, b, a);
		assertThat(ids("light=RED")).isEmpty();
		assertThat(ids("open=false")).containsExactly(e);
		assertThat(ids("open=true")).containsExactly(d, c, b, a);
	}

	@Test
	void filtersByReportingTime() {
		Response response = api.get("/api/v1/cases?from=2026-03-16T01:02:00Z&to=2026-03-16T01:04:00Z");
		List<Long> ids = new ArrayList<>();
		response.body().path("items").forEach(item -> ids.add(item.path("id").asLong()));
		assertThat(ids).containsExactly(d, c);
		assertThat(response.body().path("total").asLong()).isEqualTo(2);
	}

	@Test
	void pagesWithTheTotal() {
		JsonNode first = api.get("/api/v1/cases?size=2&page=0&" + WINDOW).body();
		assertThat(first.path("total").asLong()).isEqualTo(5);
		assertThat(first.path("size").asInt()).isEqualTo(2);
		assertThat(first.path("items")).extracting(item -> item.path("id").asLong()).containsExactly(e, d);
		JsonNode last = api.get("/api/v1/cases?size=2&page=2&" + WINDOW).body();
		assertThat(last.path("page").asInt()).isEqualTo(2);
		assertThat(last.path("items")).extracting(item -> item.path("id").asLong()).containsExactly(a);
		JsonNode beyond = api.get("/api/v1/cases?size=2&page=3&" + WINDOW).body();
		assertThat(beyond.path("items")).isEmpty();
		assertThat(beyond.path("total").asLong()).isEqualTo(5);
	}

	@Test
	void givesTheTotalAsCappedWithoutCountingWhenFarMoreMatchesAreExpected() {
		CaseFilters window = CaseFilters.of(new CaseQuery(null, null, null, null, null, null, null, null, null,
				"2026-03-16T01:00:00Z", "2026-03-16T01:05:00Z", null, null, null, null), Grant.system("test"));
		assertThat(new MatchCount(jdbc, countingUpTo(1_000_000)).of(window.where.toString(), window.params))
			.isEqualTo(new MatchCount.Total(5, false));
		assertThat(new MatchCount(jdbc, countingUpTo(0)).of(window.where.toString(), window.params))
			.isEqualTo(new MatchCount.Total(CaseSearch.COUNT_CAP, true));
	}

	@Test
	void readsTheSamePageWithoutItsTotalForReadersThatOnlyTakeTheMatches() {
		CaseQuery window = new CaseQuery(null, null, null, null, null, null, null, null, null, "2026-03-16T01:00:00Z",
				"2026-03-16T01:05:00Z", null, null, 2, null);
		CasePage counted = search.search(window, Grant.system("test"));
		CasePage uncounted = search.pageWithoutTotal(window, Grant.system("test"));
		assertThat(counted.total()).isEqualTo(5);
		assertThat(uncounted.total()).isNull();
		assertThat(uncounted.items()).isEqualTo(counted.items());
		assertThat(uncounted.next()).isEqualTo(counted.next());
	}

	private static CasesProperties countingUpTo(long expected) {
		return new CasesProperties("ops", List.of(), AreaClass.B, null, 0.8, 50, Duration.ofHours(72),
				Duration.ofSeconds(1), 5000, false, expected);
	}

	@Test
	void followsTheNextTokenToTheLastPageWithoutRepeatsEvenWhenNewCasesArrive() {
		String window = "from=2026-03-16T01:00:00Z&to=2026-03-16T01:30:00Z";
		JsonNode first = api.get("/api/v1/cases?size=2&" + window).body();
		assertThat(first.path("totalCapped").asBoolean()).isFalse();
		List<Long> seen = new ArrayList<>();
		first.path("items").forEach(item -> seen.add(item.path("id").asLong()));
		String next = first.path("next").asString();
		clock.setShanghai("2026-03-16T09:20");
		long newer = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		while (next != null && !next.isEmpty()) {
			JsonNode page = api.get("/api/v1/cases?size=2&after=" + next + "&" + window).body();
			assertThat(page.path("total").isNull()).isTrue();
			page.path("items").forEach(item -> seen.add(item.path("id").asLong()));
			next = page.path("next").isNull() ? null : page.path("next").asString();
		}
		assertThat(seen).containsExactly(e, d, c, b, a);
		assertThat(api.get("/api/v1/cases?size=2&" + window).body().path("items").get(0).path("id").asLong())
			.isEqualTo(newer);
	}

	@Test
	void refusesACursorItDidNotGiveAndPagesBeyondTheNumberedReach() {
		assertThat(errors(api.get("/api/v1/cases?after=not-a-token"), 400)).containsExactly("after:INVALID_FORMAT");
		assertThat(errors(api.get("/api/v1/cases?size=200&page=51"), 400)).containsExactly("page:OUT_OF_RANGE");
		String next = api.get("/api/v1/cases?size=1&" + WINDOW).body().path("next").asString();
		assertThat(errors(api.get("/api/v1/cases?size=1&page=1&after=" + next), 400)).containsExactly("page:CONFLICT");
	}

	@Test
	void summariesCarryStateNameLightAndLead() {
		JsonNode item = api.get("/api/v1/cases?department=greening&" + WINDOW).body().path("items").get(0);
		assertThat(item.path("state").asString()).isEqualTo("DISPATCHED");
		assertThat(item.path("stateName").path("zh").asString()).isNotBlank();
		assertThat(item.path("leadDepartment").asString()).isEqualTo("municipal-works");
		assertThat(item.path("light").asString()).isEqualTo("GREEN");
		assertThat(item.path("caseNo").asString()).isEqualTo(api.get("/api/v1/cases/" + d).body().path("caseNo").asString())
			.matches("20260316-[0-9]{6}");
	}

	@Test
	void refusesBadFiltersFieldByField() {
		assertThat(errors(api.get("/api/v1/cases?state=LOST&kind=PLANT&channel=FAX&urgency=SOON&light=BLUE"), 400))
			.containsExactlyInAnyOrder("state:UNKNOWN", "kind:UNKNOWN", "channel:UNKNOWN", "urgency:UNKNOWN",
					"light:UNKNOWN");
		assertThat(errors(api.get("/api/v1/cases?category=1&grid=C911&page=-1&size=201&from=yesterday&to=2026-13-01"),
				400))
			.containsExactlyInAnyOrder("category:PATTERN", "layer:REQUIRED", "page:OUT_OF_RANGE", "size:OUT_OF_RANGE",
					"from:INVALID_FORMAT", "to:INVALID_FORMAT");
		assertThat(errors(api.get("/api/v1/cases?size=0"), 400)).containsExactly("size:OUT_OF_RANGE");
		assertThat(errors(api.get("/api/v1/cases?open=maybe"), 400)).containsExactly("open:INVALID_FORMAT");
	}
}
