package org.onegrid.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A district withdraws a hotline source it takes no tickets from: new tickets are refused with the reason, a ticket
 * it sent before is still answered as it stands, the source stays listed with when it was withdrawn, and sending the
 * source again without withdrawing it lets it take tickets once more.
 */
@IntegrationTest
class HotlineWithdrawalIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	private String source;

	@BeforeEach
	void start() {
		new HotlineFixtures(api);
		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
		source = "wd-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(put(null).status()).isEqualTo(200);
		assertThat(api.put("/api/v1/hotline/sources/" + source + "/mappings", """
				{"mappings":[{"categoryText":"路面坑洼","kind":"COMPONENT","minorCode":"0201"}]}""").status())
			.isEqualTo(200);
	}

	@AfterEach
	void stop() {
		clock.reset();
	}

	@Test
	void aWithdrawnSourceRefusesNewTicketsAndStillAnswersTheOnesItSentBefore() {
		Response before = ticket("W-1");
		assertThat(before.status()).as(before.body().toString()).isEqualTo(201);
		Response withdrawn = put(false);
		assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
		assertThat(withdrawn.body().path("withdrawnAt").asString()).isEqualTo("2026-12-01T02:00:00Z");

		Response refused = ticket("W-2");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().path("type").asString()).endsWith("hotline-source-withdrawn");
		assertThat(refused.body().path("detail").asString()).contains(source, "withdrawn");
		Response again = ticket("W-1");
		assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
		assertThat(again.body().path("id").asLong()).isEqualTo(before.body().path("id").asLong());
		assertThat(again.body().path("caseId").asLong()).isEqualTo(before.body().path("caseId").asLong());

		clock.advance(Duration.ofHours(1));
		assertThat(put(false).body().path("withdrawnAt").asString()).as("withdrawn when first withdrawn")
			.isEqualTo("2026-12-01T02:00:00Z");
		assertThat(api.get("/api/v1/hotline/sources").body().findValuesAsString("code")).contains(source);
	}

	@Test
	void aWithdrawnSourceSentAgainTakesTicketsOnceMore() {
		put(false);
		assertThat(ticket("R-1").status()).isEqualTo(409);
		Response reopened = put(null);
		assertThat(reopened.body().path("withdrawnAt").isNull()).as(reopened.body().toString()).isTrue();
		Response taken = ticket("R-1");
		assertThat(taken.status()).as(taken.body().toString()).isEqualTo(201);
		assertThat(taken.body().path("status").asString()).isEqualTo("CASED");
	}

	private Response put(Boolean accepting) {
		return api.put("/api/v1/hotline/sources/" + source, """
				{"name":"撤销测试","channel":"HOTLINE_12319","timeLimit":{"amount":5,"unit":"DAYS"}%s}"""
			.formatted(accepting == null ? "" : ",\"accepting\":" + accepting));
	}

	private Response ticket(String number) {
		return api.post("/api/v1/hotline/" + source + "/tickets", """
				{"ticketNo":"%s-%s","category":"路面坑洼","address":"测试路 1 号","content":"路面有坑 / A hole",
				 "reportedAt":"2026-12-01T01:30:00Z","lon":%s,"lat":%s}""".formatted(source, number,
				HotlineFixtures.IN_HC[0], HotlineFixtures.IN_HC[1]));
	}
}
