package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.onegrid.cases.LightSweep;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A shift leader's filing queue puts the case whose deadline is nearest first, and says of each deadline how long is
 * left or how long it is past, in days, hours or minutes. Two accepted cases wait to be filed on street P (lon 63):
 * one accepted two weeks ago, its filing long overdue (red light), and one accepted now.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchDeadlinesBrowserTests {

	private static final String LAYER = "wb-deadlines";

	private static final String UNIT = "wb-deadlines";

	private static final String WORDS = "时限排序核对";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	LightSweep sweep;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private long overdue;

	private long fresh;

	@BeforeAll
	void acceptsTwoCasesTwoWeeksApartAndSignsIn() throws IOException {
		assertThat(api.put("/api/v1/layers/" + LAYER, """
				{"code":"%s","name":"时限测试层","kind":"ops","levelNames":["街道"],"codeRule":"FREE"}"""
			.formatted(LAYER)).status()).isIn(200, 201);
		assertThat(api.post("/api/v1/layers/" + LAYER + "/import", """
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"code":"P","name":"时限街道","parent":null,"level":"街道"},
				 "geometry":{"type":"Polygon","coordinates":[[[63,0],[63.02,0],[63.02,0.02],[63,0.02],[63,0]]]}}]}""")
			.status()).isEqualTo(200);
		TestStaff.unitWith(api, UNIT, "STREET", null, LAYER, "P", "shift-leader");
		clock.set(Instant.now().minus(Duration.ofDays(14)));
		try {
			overdue = accepted(WORDS + " 两周前受理");
		}
		finally {
			clock.reset();
		}
		sweep.sweep();
		fresh = accepted(WORDS + " 刚刚受理");
		assertThat(api.get("/api/v1/cases/" + overdue).body().path("clock").path("light").asString()).isEqualTo("RED");
		chromium = new HeadlessChromium(port);
		new WorkbenchSteps(chromium).signIn("shift-leader-" + UNIT, TestStaff.PASSWORD);
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theNearestDeadlineComesFirstAndEachSaysHowLongIsLeftOrPast() {
		chromium.browser.findElement(By.id("queue-filing")).click();
		WebElement text = chromium.browser.findElement(By.id("filter-text"));
		text.sendKeys(WORDS);
		chromium.browser.findElement(By.id("filter-apply")).click();
		chromium.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#case-table tbody tr"), 2));
		assertThat(rows()).as("by deadline, the overdue one first").containsExactly(row(overdue), row(fresh));
		assertThat(deadline(overdue)).containsPattern("超期 \\d+ 天$");
		assertThat(deadline(fresh)).containsPattern("还剩 \\d+ (分钟|小时|天)$").doesNotContainPattern("超期 \\d");
		assertThat(chromium.browser.findElement(By.cssSelector("#" + row(overdue) + " .deadline"))
			.getDomAttribute("title")).as("the exact deadline in the district's zone").matches("截止 \\d{4}-\\d{2}-\\d{2} "
					+ "\\d{2}:\\d{2}");

		new Select(chromium.browser.findElement(By.id("filter-sort"))).selectByValue("reported");
		chromium.wait.until(driver -> rows().equals(List.of(row(fresh), row(overdue))));
		chromium.screenshot("workbench-deadlines");
	}

	private List<String> rows() {
		return chromium.browser.findElements(By.cssSelector("#case-table tbody tr")).stream()
			.map(row -> row.getDomAttribute("id")).toList();
	}

	private static String row(long id) {
		return "case-row-" + id;
	}

	private String deadline(long id) {
		return chromium.browser.findElement(By.cssSelector("#" + row(id) + " .deadline")).getText().strip();
	}

	private long accepted(String description) {
		long id = api.post("/api/v1/cases", String.format(Locale.ROOT, """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"%s","lon":63.01,"lat":0.01}""",
				description)).body().path("id").asLong();
		assertThat(api.post("/api/v1/cases/" + id + "/actions/accept", "{}").status()).isEqualTo(200);
		return id;
	}
}
