package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;

import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;

/**
 * One case's random way through the lifecycle, an hour or more between its steps: returns and re-dispatches,
 * partner departments, postponements granted or denied, failed checks sent back for rework, voids, evaluations, or
 * left open on the way.
 */
final class RandomHistory {

	static final String[] DEPARTMENTS = { "municipal-works", "urban-management", "sanitation" };

	private final CaseFixtures cases;

	private final TestClock clock;

	private final Random random;

	private long id;

	/** The partner still to answer on the current dispatch, if any. */
	private String assisting;

	RandomHistory(CaseFixtures cases, TestClock clock, Random random) {
		this.cases = cases;
		this.clock = clock;
		this.random = random;
	}

	long walk() {
		id = cases.filed("");
		dispatch();
		if (random.nextInt(4) == 0) {
			step("return", "\"reason\":\"不属本单位职责 / Not ours\"");
			dispatch();
		}
		step("sign", "");
		if (assisting != null && random.nextInt(3) == 0) {
			answerAssist();
		}
		if (random.nextInt(5) == 0) {
			step("request-void", "\"reason\":\"重复录入 / Entered twice\"");
			step("approve", "");
			return id;
		}
		if (random.nextInt(3) == 0) {
			step("request-postponement", "\"days\":1,\"reason\":\"等待材料 / Waiting for parts\"");
			if (random.nextBoolean()) {
				step("approve", "");
			}
			else {
				step("deny", "\"reason\":\"材料已到 / Parts are in stock\"");
			}
		}
		if (random.nextInt(6) == 0) {
			return id;
		}
		if (random.nextInt(3) == 0) {
			clock.advance(Duration.ofDays(6 + random.nextInt(8)));
		}
		if (assisting != null) {
			answerAssist();
		}
		step("feedback", "\"note\":\"已处理 / Done\"");
		while (random.nextInt(3) == 0) {
			step("check", "\"passed\":false,\"note\":\"仍未修好 / Not yet\"");
			step("feedback", "\"note\":\"已返工 / Redone\"");
		}
		step("check", "\"passed\":true");
		step("close", "\"conditionMet\":true");
		if (random.nextBoolean()) {
			step("evaluate", "\"satisfaction\":\"" + (random.nextBoolean() ? "SATISFIED" : "DISSATISFIED") + "\"");
		}
		return id;
	}

	/** To the lead, with a partner one time in three. */
	private void dispatch() {
		int lead = random.nextInt(DEPARTMENTS.length);
		assisting = random.nextInt(3) == 0 ? DEPARTMENTS[(lead + 1) % DEPARTMENTS.length] : null;
		step("dispatch", "\"department\":\"" + DEPARTMENTS[lead] + "\""
				+ (assisting == null ? "" : ",\"assistingDepartments\":[\"" + assisting + "\"]"));
	}

	private void answerAssist() {
		step("assist-feedback", "\"department\":\"" + assisting + "\",\"note\":\"已配合 / Done\"");
		assisting = null;
	}

	/** Moves the clock on by 1 to 30 hours, so that some steps are late, then takes the step. */
	private void step(String action, String fields) {
		clock.advance(Duration.ofHours(1 + random.nextInt(30)));
		Response response = cases.act(id, action, "{\"actor\":\"op-1\",\"role\":\"dispatcher\""
				+ (fields.isEmpty() ? "" : "," + fields) + "}");
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
	}
}
