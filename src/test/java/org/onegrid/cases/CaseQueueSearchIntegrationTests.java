package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.LAT;
import static org.onegrid.cases.CaseFixtures.LON;
import static org.onegrid.cases.CaseFixtures.errors;

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
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What a work queue asks of the search: the nearest deadline first, page after page; a case number or a few words
 * typed by a dispatcher; and the cases with a supervision notice still to answer. Four cases are reported a minute
 * apart on a morning no other test uses, and every search is limited to those minutes.
 */
@IntegrationTest
class CaseQueueSearchIntegrationTests {

	private static final String WINDOW = "from=2026-03-19T01:00:00Z&to=2026-03-19T01:05:00Z";

	/** a: normal; b: normal, on 幸福路, supervised; c: handled on the spot, no clock; d: critical, reported last. */
	private static long a, b, c, d;

	private static String bNumber;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		if (a == 0) {
			clock.setShanghai("2026-03-19T09:00");
			reportTheFourCases();
		}
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private void reportTheFourCases() {
		a = cases.report(report("队列甲 人行道破损", "", "")).path("id").asLong();
		clock.advance(Duration.ofMinutes(1));
		JsonNode second = cases.report(report("队列乙 井盖松动", "幸福路 12 号", ""));
		b = second.path("id").asLong();
		bNumber = second.path("caseNo").asString();
		clock.advance(Duration.ofMinutes(1));
		c = cases.report(report("队列丙 已当场处置", "", "\"selfHandled\":true,\"attachments\":[\"photo://q\"]"))
			.path("id").asLong();
		clock.advance(Duration.ofMinutes(1));
		d = cases.report(report("队列丁 50%_路灯", "", "\"urgency\":\"CRITICAL\"")).path("id").asLong();
		cases.ok(b, "supervise", "\"note\":\"请加快处置\"");
	}

	private static String report(String description, String address, String extra) {
		return """
				{"channel":"PATROL","reportedBy":"reporter-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"%s","address":%s,"lon":%s,"lat":%s%s}
				""".formatted(description, address.isEmpty() ? "null" : "\"" + address + "\"", LON, LAT,
				extra.isEmpty() ? "" : "," + extra);
	}

	private List<Long> ids(String filters) {
		Response response = api.get("/api/v1/cases?size=200&" + WINDOW + "&" + filters);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.body().path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	@Test
	void listsTheNearestDeadlineFirstAndCasesWithoutAClockLast() {
		assertThat(ids("sort=deadline")).containsExactly(d, a, b, c);
		assertThat(ids("sort=reported")).containsExactly(d, c, b, a);
	}

	@Test
	void pagesByDeadlineThroughTheNextTokenWithoutRepeats() {
		JsonNode first = api.get("/api/v1/cases?size=1&sort=deadline&" + WINDOW).body();
		assertThat(first.path("total").asLong()).isEqualTo(4);
		List<Long> walked = new ArrayList<>();
		first.path("items").forEach(item -> walked.add(item.path("id").asLong()));
		String next = first.path("next").asString();
		while (next != null && !next.isEmpty()) {
			JsonNode page = api.get("/api/v1/cases?size=1&sort=deadline&after=" + next + "&" + WINDOW).body();
			page.path("items").forEach(item -> walked.add(item.path("id").asLong()));
			next = page.path("next").isNull() ? null : page.path("next").asString();
		}
		assertThat(walked).containsExactly(d, a, b, c);
	}

	@Test
	void findsACaseByItsNumberOrByWordsInItsDescriptionOrAddress() {
		assertThat(ids("text=" + bNumber)).containsExactly(b);
		assertThat(ids("text=人行道")).containsExactly(a);
		assertThat(ids("text=幸福路")).containsExactly(b);
		assertThat(ids("text=队列")).containsExactly(d, c, b, a);
	}

	@Test
	void takesPercentAndUnderscoreAsTheCharactersTyped() {
		assertThat(ids("text=50%_")).containsExactly(d);
		assertThat(ids("text=%")).containsExactly(d);
		assertThat(ids("text=_")).containsExactly(d);
	}

	@Test
	void listsOnlyCasesWithASupervisionNoticeStillToAnswer() {
		assertThat(ids("supervised=true")).containsExactly(b);
		assertThat(ids("supervised=false")).containsExactly(d, c, a);
	}

	@Test
	void refusesAnUnknownSortAndATokenGivenForTheOtherOrder() {
		assertThat(errors(api.get("/api/v1/cases?sort=urgency"), 400)).containsExactly("sort:UNKNOWN");
		String reported = api.get("/api/v1/cases?size=1&" + WINDOW).body().path("next").asString();
		assertThat(errors(api.get("/api/v1/cases?size=1&sort=deadline&after=" + reported), 400))
			.containsExactly("after:INVALID_FORMAT");
		String byDeadline = api.get("/api/v1/cases?size=1&sort=deadline&" + WINDOW).body().path("next").asString();
		assertThat(errors(api.get("/api/v1/cases?size=1&after=" + byDeadline), 400))
			.containsExactly("after:INVALID_FORMAT");
		assertThat(errors(api.get("/api/v1/cases?text=" + "字".repeat(101)), 400)).containsExactly("text:SIZE");
	}
}
