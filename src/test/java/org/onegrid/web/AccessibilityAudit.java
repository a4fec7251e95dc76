package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Runs axe-core's WCAG 2 A and AA rules on what the browser shows now and fails, listing each problem with the
 * elements it concerns, when any is serious or critical: a missing label or button name, too little contrast, a page
 * without a language. Lesser findings are left to people to judge. axe-core is a test dependency; no page loads it.
 * It then moves through the first controls with the Tab key, as a keyboard user does, and fails when one of them
 * looks the same with the focus as without it (the browser's own parts of a control, such as a date input's picker
 * button, draw their own focus); the focus is taken away and the page scrolled back afterwards.
 */
final class AccessibilityAudit {

	private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			    resultTypes: ['violations'] })
			  .then((result) => done(result.violations
			    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
			    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help,
			      targets: violation.nodes.map((node) => node.target.join(' ')) }))))
			  .catch((error) => done([{ id: 'axe-error', impact: 'critical', help: String(error), targets: [] }]));""";

	/** How a control looks: what a focus indicator changes. */
	private static final String LOOK = """
			const look = (element) => { const s = getComputedStyle(element);
			  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.stroke, s.strokeWidth,
			    s.backgroundColor, s.borderColor, s.textDecorationLine].join('|'); };
			""";

	private static final String NOTE_FOCUSED = LOOK + """
			const element = document.activeElement;
			if (element && element !== document.body && element.matches(':focus')) {
			  (window.oneGridFocusAudit = window.oneGridFocusAudit || []).push([element, look(element)]);
			}""";

	private static final String NOTE_SCROLLING = """
			window.oneGridScrolled = [...document.querySelectorAll('*')]
			  .filter((element) => element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth)
			  .map((element) => [element, element.scrollLeft, element.scrollTop]);""";

	private static final String UNCHANGED_WHEN_BLURRED = LOOK + """
			const away = document.createElement('button');
			document.body.appendChild(away);
			away.focus();
			const noted = window.oneGridFocusAudit || [];
			window.oneGridFocusAudit = [];
			const unchanged = [...new Set(noted.filter(([element, focused]) => look(element) === focused)
			  .map(([element]) => element.id ? '#' + element.id : element.outerHTML.slice(0, 80)))];
			away.remove();
			for (const [element, left, top] of window.oneGridScrolled || []) {
			  element.scrollLeft = left;
			  element.scrollTop = top;
			}
			return unchanged;""";

	private static final int TABS = 12;

	private static String script;

	private AccessibilityAudit() {
	}

	/** Fails when the page shown ({@code page} in the message) has serious or critical problems or hides focus. */
	static void check(ChromeDriver browser, String page) {
		browser.executeScript("if (!window.axe) { " + axe() + "\n}");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript(RUN);
		assertThat(violations).as(() -> "accessibility of " + page + ":\n" + describe(violations)).isEmpty();
		browser.executeScript(NOTE_SCROLLING);
		for (int i = 0; i < TABS; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			browser.executeScript(NOTE_FOCUSED);
		}
		@SuppressWarnings("unchecked")
		List<String> unseen = (List<String>) browser.executeScript(UNCHANGED_WHEN_BLURRED);
		assertThat(unseen).as("controls of %s that show no focus", page).isEmpty();
	}

	private static String describe(List<Map<String, Object>> violations) {
		return violations.stream()
			.map(violation -> "- %s (%s): %s; at %s".formatted(violation.get("id"), violation.get("impact"),
					violation.get("help"), violation.get("targets")))
			.collect(Collectors.joining("\n"));
	}

	private static synchronized String axe() {
		if (script == null) {
			try (InputStream in = AccessibilityAudit.class.getResourceAsStream(AXE)) {
				assertThat(in).as("axe-core on the test classpath (" + AXE + ")").isNotNull();
				script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return script;
	}
}
