package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.onegrid.OneGridApplication;
import org.onegrid.SeparateDatabase;
import org.onegrid.access.Account;
import org.onegrid.access.AccountDirectory;
import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJson;
import org.onegrid.grid.GridExport;
import org.onegrid.people.GridTeams;
import org.onegrid.people.TeamMember;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * One problem in the demo district (松江区) from the street back to the street, every step in headless Chromium as
 * the demo's own accounts take it: the grid worker reports a damaged road from the field page where their phone
 * stands, in their micro-grid of 中山街道; the intake operator accepts it and the shift leader files it on the
 * workbench; the dispatcher sends it to municipal works, whose handler signs for it and feeds back; the grid worker
 * checks the result among their tasks on the field page and the shift leader closes it. Meanwhile the street leader's
 * big screen, open in a second browser, counts the report into today's intake from its live feed, without reloading.
 * The demo runs as an application of its own, on a database of its own.
 */
class DemoDistrictBrowserTests {

	private static final String PASSWORD = "onegrid-demo-2026";

	private static ConfigurableApplicationContext demo;

	private static HeadlessChromium phone;

	private static HeadlessChromium board;

	@BeforeAll
	static void startsTheDemoAndTheBigScreen() throws IOException {
		demo = new SpringApplicationBuilder(OneGridApplication.class).profiles("demo")
			.run(Stream.concat(Stream.of(SeparateDatabase.arguments("demo_browser")), Stream.of("--server.port=0"))
				.toArray(String[]::new));
		int port = ((WebServerApplicationContext) demo).getWebServer().getPort();
		double[] where = insideTheGridOf("worker");
		phone = FieldPageSteps.startAt(port, where[0], where[1]);
		board = new HeadlessChromium(port);
		board.browser.manage().window().setSize(new Dimension(1920, 1080));
		board.signIn("leader", PASSWORD, "/dashboard.html");
		board.wait.until(ExpectedConditions.urlToBe(board.url("/dashboard.html")));
		board.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		board.wait.until(ExpectedConditions.attributeToBe(By.id("feed-state"), "data-connected", "true"));
	}

	@AfterAll
	static void stopsTheDemo() throws IOException {
		for (HeadlessChromium browser : new HeadlessChromium[] { phone, board }) {
			if (browser != null) {
				browser.close();
			}
		}
		if (demo != null) {
			demo.close();
		}
	}

	@Test
	void aWorkersReportGoesThroughTheCentreAndTheDepartmentBackToTheWorkerAndClosesWhileTheBigScreenCountsIt() {
		long intakeBefore = Long.parseLong(board.browser.findElement(By.id("kpi-intake")).getDomAttribute("data-value"));
		board.browser.executeScript("window.oneGridNotReloaded = true");
		String description = "中山街道路面坑槽 " + System.nanoTime();

		phone.signIn("worker", PASSWORD, "/mobile.html");
		phone.wait.until(ExpectedConditions.urlToBe(phone.url("/mobile.html")));
		FieldPageSteps.open(phone);
		FieldPageSteps.fillReport(phone, "0201", description);
		phone.screenshot("demo-1-field-report");
		phone.checkAccessibility("field page in the demo");
		phone.browser.findElement(By.id("report-submit")).click();
		phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已上报，案件编号"));
		phone.browser.findElement(By.id("tab-mine")).click();
		WebElement mine = phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
				"//*[@id='mine-list']//button[@data-case-id][contains(., '" + description + "')]")));
		long id = Long.parseLong(mine.getDomAttribute("data-case-id"));
		String caseNo = mine.findElement(By.className("case-no")).getText();
		assertThat(mine.getDomAttribute("data-state")).isEqualTo("REPORTED");

		board.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feed li[data-case-id='" + id
				+ "']")));
		board.wait.until(ExpectedConditions.attributeToBe(By.id("kpi-intake"), "data-value",
				Long.toString(intakeBefore + 1)));
		assertThat(board.browser.findElement(By.cssSelector("#feed li[data-case-id='" + id + "']")).getText())
			.contains("新案件", "中山街道");
		assertThat(board.browser.executeScript("return window.oneGridNotReloaded === true")).isEqualTo(true);
		board.screenshot("demo-2-big-screen");

		WorkbenchSteps workbench = new WorkbenchSteps(phone);
		workbench.signIn("intake", PASSWORD);
		workbench.queue("intake");
		workbench.open(id, caseNo);
		workbench.act("accept");
		workbench.waitForState("ACCEPTED");

		workbench.signIn("shift-leader", PASSWORD);
		workbench.queue("filing");
		workbench.open(id, caseNo);
		phone.browser.findElement(By.id("action-file")).click();
		phone.browser.findElement(By.id("field-conditionMet")).click();
		phone.browser.findElement(By.id("action-submit")).click();
		workbench.waitForState("FILED");

		workbench.signIn("dispatcher", PASSWORD);
		workbench.queue("dispatch");
		workbench.open(id, caseNo);
		assertThat(phone.browser.findElement(By.id("case-facts")).getText()).contains("部件 · 道路破损", "中山街道");
		assertThat(phone.browser.findElement(By.id("case-table")).getText()).contains("道路破损");
		phone.browser.findElement(By.id("action-dispatch")).click();
		new Select(phone.browser.findElement(By.id("field-department"))).selectByValue("municipal-works");
		phone.screenshot("demo-3-dispatch");
		phone.browser.findElement(By.id("action-submit")).click();
		workbench.waitForState("DISPATCHED");

		workbench.signIn("handler", PASSWORD);
		workbench.queue("signing");
		workbench.open(id, caseNo);
		workbench.act("sign");
		workbench.waitForState("HANDLING");
		phone.browser.findElement(By.id("action-feedback")).click();
		phone.browser.findElement(By.id("field-note")).sendKeys("已修补路面");
		phone.checkAccessibility("workbench of the demo's handler");
		phone.browser.findElement(By.id("action-submit")).click();
		workbench.waitForState("HANDLED");

		phone.browser.manage().deleteAllCookies();
		phone.signIn("worker", PASSWORD, "/mobile.html");
		phone.wait.until(ExpectedConditions.urlToBe(phone.url("/mobile.html")));
		FieldPageSteps.openTask(phone, id);
		assertThat(phone.browser.findElement(By.id("case-state")).getText()).isEqualTo("已反馈");
		phone.browser.findElement(By.cssSelector("label:has(#action-check-yes)")).click();
		phone.browser.findElement(By.id("action-check-note")).sendKeys("现场复核，路面已修好");
		phone.screenshot("demo-4-field-check");
		phone.browser.findElement(By.id("action-check-submit")).click();
		phone.wait.until(ExpectedConditions.attributeToBe(By.id("case-state"), "data-state", "CHECKED"));

		workbench.signIn("shift-leader", PASSWORD);
		workbench.queue("checking");
		workbench.open(id, caseNo);
		phone.browser.findElement(By.id("action-close")).click();
		phone.browser.findElement(By.id("field-conditionMet")).click();
		phone.browser.findElement(By.id("action-submit")).click();
		workbench.waitForState("CLOSED");
		assertThat(phone.browser.findElements(By.cssSelector("#case-timeline li")))
			.extracting(entry -> entry.getDomAttribute("data-action"))
			.containsExactly("report", "accept", "file", "dispatch", "sign", "feedback", "check", "close");
		phone.screenshot("demo-5-closed");
	}

	/** A point inside the first grid the account's person serves on the operations layer, as their phone would say. */
	private static double[] insideTheGridOf(String username) {
		Account account = demo.getBean(AccountDirectory.class).all().stream()
			.filter(candidate -> candidate.username().equals(username)).findFirst().orElseThrow();
		TeamMember member = demo.getBean(GridTeams.class).gridsOf(account.personId()).stream()
			.filter(candidate -> candidate.layerCode().equals("ops")).findFirst().orElseThrow();
		Map<String, Object> grid = demo.getBean(GridExport.class).grid(member.layerCode(), member.gridCode());
		Point inside = GeoJson.readArea(JsonMapper.builder().build().valueToTree(grid.get("geometry")), Crs.WGS84)
			.getInteriorPoint();
		return new double[] { inside.getX(), inside.getY() };
	}
}
