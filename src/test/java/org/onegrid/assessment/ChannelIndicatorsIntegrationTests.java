package org.onegrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.cases.CaseClosed;
import org.onegrid.cases.CaseEvaluated;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseVoided;
import org.onegrid.cases.Channel;
import org.onegrid.cases.Satisfaction;
import org.onegrid.catalogue.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import tools.jackson.databind.JsonNode;

/**
 * A hand-worked March 2031 (used by no other test): four 12345 tickets (one answered on time and satisfied, one
 * late and dissatisfied, one still open, one voided) and one 110 diversion answered on time, mostly satisfied.
 */
@IntegrationTest
class ChannelIndicatorsIntegrationTests {

	private static final YearMonth MARCH = YearMonth.of(2031, 3);

	@Autowired
	CaseFacts facts;

	@Autowired
	Assessment assessment;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsVolumeOnTimeRepliesAndSatisfactionPerChannel() {
		feedMarch();
		clock.setShanghai("2031-04-10T09:00");
		Map<String, Figures> rows = byChannel();
		Map<String, BigDecimal> hotline = rows.get("HOTLINE_12345").values();
		assertThat(hotline.get("reported")).isEqualByComparingTo("4");
		assertThat(hotline.get("closed")).isEqualByComparingTo("2");
		assertThat(hotline.get("onTimeReplied")).isEqualByComparingTo("1");
		assertThat(hotline.get("onTimeReplyRate")).as("1 on time of the 3 not voided").isEqualByComparingTo("0.3333");
		assertThat(hotline.get("evaluated")).isEqualByComparingTo("2");
		assertThat(hotline.get("satisfactionRate")).isEqualByComparingTo("0.5");
		Map<String, BigDecimal> police = rows.get("POLICE_110").values();
		assertThat(police.get("onTimeReplyRate")).isEqualByComparingTo("1");
		assertThat(police.get("satisfactionRate")).as("mostly satisfied counts as satisfied").isEqualByComparingTo("1");
	}

	@Test
	void scoresAndRanksChannelsThroughTheApi() {
		feedMarch();
		clock.setShanghai("2031-04-10T09:00");
		TestApi.Response scores = api.get("/api/v1/assessment/scores?period=2031-03&objectType=CHANNEL");
		assertThat(scores.status()).as(scores.body().toString()).isEqualTo(200);
		JsonNode first = scores.body().path("rows").get(0);
		assertThat(first.path("object").asString()).isEqualTo("POLICE_110");
		assertThat(first.path("grade").asString()).isEqualTo("优");
		JsonNode hotline = scores.body().path("rows").get(1);
		assertThat(hotline.path("object").asString()).isEqualTo("HOTLINE_12345");
		assertThat(hotline.path("score").decimalValue()).as("60 × 0.3333 + 40 × 0.5")
			.isBetween(new BigDecimal("39.99"), new BigDecimal("40.01"));
	}

	private Map<String, Figures> byChannel() {
		Map<String, Figures> rows = new HashMap<>();
		assessment.indicators(Period.month(MARCH), ObjectType.CHANNEL).rows()
			.forEach(row -> rows.put(row.object(), row));
		return rows;
	}

	private void feedMarch() {
		CaseFacts listener = AopTestUtils.getUltimateTargetObject(facts);
		Instant at = Instant.parse("2031-03-05T02:00:00Z");
		long base = 9_310_000_000L;
		for (int i = 1; i <= 4; i++) {
			listener.on(new CaseReported(base + i, Channel.HOTLINE_12345, Kind.EVENT, "0103", "channel-grid", "op", false,
					at));
		}
		listener.on(new CaseClosed(base + 1, at.plusSeconds(3_600), "channel-dept", 0, true, false, 8, "PATROL",
				false));
		listener.on(new CaseEvaluated(base + 1, 9, "channel-dept", Satisfaction.SATISFIED, at.plusSeconds(7_200),
				false));
		listener.on(new CaseClosed(base + 2, at.plusSeconds(900_000), "channel-dept", 0, false, false, 8, "PATROL",
				false));
		listener.on(new CaseEvaluated(base + 2, 9, "channel-dept", Satisfaction.DISSATISFIED,
				at.plusSeconds(950_000), false));
		listener.on(new CaseVoided(base + 4, 3, at.plusSeconds(600)));
		listener.on(new CaseReported(base + 5, Channel.POLICE_110, Kind.EVENT, "0103", "channel-grid", "op", false, at));
		listener.on(new CaseClosed(base + 5, at.plusSeconds(3_600), "channel-dept", 0, true, false, 8, "PATROL",
				false));
		listener.on(new CaseEvaluated(base + 5, 9, "channel-dept", Satisfaction.MOSTLY_SATISFIED,
				at.plusSeconds(7_200), false));
	}
}
