package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestStaff;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the workbench and the field page cost a phone on a slow 4G link (150 ms round trip, 1.6 Mbit/s down, 750
 * kbit/s up, emulated by Chromium): every script the page needs is announced in the page, so that all are asked for
 * at once; every script, style and JSON answer travels compressed; the first visit stays within what such a link
 * carries in two seconds and within the page's budget of requests (on such a link each costs most of a round trip,
 * and a browser has only six connections to a server); and a second visit takes the libraries and OneGrid's own
 * scripts and styles from the browser's cache without asking. The time each page took to become usable is written to
 * {@code target/page-weight.txt}; it is a reading, not a test, because the machine's load moves it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWeightBrowserTests {

	/** 1.6 Mbit/s in bytes per second: what a slow 4G link carries. */
	private static final int DOWN = 200_000;

	private static final int UP = 93_750;

	private static final int ROUND_TRIP_MS = 150;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Notes the instant the page marks itself usable, so that what it asks for afterwards is not counted. */
	private static final String WATCH_READY = """
			new MutationObserver((changes, observer) => {
			  if (document.body && document.body.dataset.ready === 'true') {
			    window.oneGridReadyAt = performance.now();
			    observer.disconnect();
			  }
			}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });""";

	private static final String METRICS = """
			const nav = performance.getEntriesByType('navigation')[0];
			const readyAt = window.oneGridReadyAt === undefined ? performance.now() : window.oneGridReadyAt;
			return JSON.stringify({ now: readyAt,
			  preloaded: [...document.querySelectorAll('link[rel=modulepreload]')].map((link) => link.href),
			  entry: document.querySelector('script[type=module]:not([async])').src,
			  entries: [nav].concat(performance.getEntriesByType('resource'))
			  .filter((e) => e.startTime <= readyAt)
			  .map((e) => ({ name: e.name, transfer: e.transferSize, encoded: e.encodedBodySize,
			    decoded: e.decodedBodySize })) });""";

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	@BeforeAll
	void staffsAUnitAndStartsBrowser() throws IOException {
		TestStaff.unitWith(api, "pw-street", "STREET", null, null, null, "dispatcher", "full-time-worker");
		chromium = new HeadlessChromium(port);
		chromium.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theWorkbenchTravelsCompressedAndItsScriptsAreKept() throws IOException {
		measure("/", "dispatcher-pw-street", 36);
	}

	@Test
	void theFieldPageTravelsCompressedAndItsScriptsAreKept() throws IOException {
		// The roll-call banner asks for the worker's roll calls as the page becomes usable, just before or just after.
		measure("/mobile.html", "full-time-worker-pw-street", 34);
	}

	private void measure(String page, String username, int requestBudget) throws IOException {
		chromium.signIn(username, TestStaff.PASSWORD, page);
		ready();
		chromium.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_READY));
		chromium.browser.executeCdpCommand("Network.enable", Map.of());
		chromium.browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
		chromium.browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency",
				ROUND_TRIP_MS, "downloadThroughput", DOWN, "uploadThroughput", UP));
		try {
			chromium.browser.get(chromium.url(page));
			JsonNode cold = ready();
			chromium.browser.get("about:blank");
			chromium.browser.get(chromium.url(page));
			JsonNode warm = ready();

			List<String> uncompressed = new ArrayList<>();
			long wire = 0;
			for (JsonNode entry : cold.path("entries")) {
				wire += entry.path("transfer").asLong();
				boolean text = !entry.path("name").asString().matches(".*\\.(png|jpg|jpeg|webp|ico)(\\?.*)?$");
				if (text && entry.path("decoded").asLong() > 2048
						&& entry.path("encoded").asLong() >= entry.path("decoded").asLong()) {
					uncompressed.add(entry.path("name").asString());
				}
			}
			assertThat(uncompressed).as("text over 2 KB sent uncompressed").isEmpty();
			List<String> preloaded = new ArrayList<>();
			cold.path("preloaded").forEach(link -> preloaded.add(link.asString()));
			List<String> scripts = new ArrayList<>();
			cold.path("entries").forEach(entry -> scripts.add(entry.path("name").asString()));
			assertThat(preloaded).as("every script the page's module needs is announced up front")
				.containsAll(scripts.stream().filter(name -> name.endsWith(".js") && name.contains("/app/"))
					.filter(name -> !name.equals(cold.path("entry").asString())).toList());
			assertThat(wire).as("bytes of the first visit").isLessThan(2L * DOWN);
			assertThat(cold.path("entries").size()).as("requests of the first visit until the page is usable: %s", scripts)
				.isLessThanOrEqualTo(requestBudget);
			for (JsonNode entry : warm.path("entries")) {
				if (entry.path("name").asString().matches(".*/(webjars|app)/.*")) {
					assertThat(entry.path("transfer").asLong()).as(entry.path("name").asString() + " on a second visit")
						.isZero();
				}
			}
			record(page, cold, warm, wire);
		}
		finally {
			chromium.browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency",
					0, "downloadThroughput", -1, "uploadThroughput", -1));
		}
	}

	/** Waits, checking often, until the page says it is ready, and gives its resource timings as of then. */
	private JsonNode ready() {
		new WebDriverWait(chromium.browser, Duration.ofSeconds(30), Duration.ofMillis(20))
			.ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		return JSON.readTree((String) chromium.browser.executeScript(METRICS));
	}

	private static void record(String page, JsonNode cold, JsonNode warm, long wire) throws IOException {
		String line = "%s: first visit %d requests, %.1f KB on the wire, usable after %.0f ms; second visit %.0f ms%n"
			.formatted(page, cold.path("entries").size(), wire / 1024.0, cold.path("now").asDouble(),
					warm.path("now").asDouble());
		Path target = Path.of("target", "page-weight.txt");
		Files.createDirectories(target.getParent());
		Files.writeString(target, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
