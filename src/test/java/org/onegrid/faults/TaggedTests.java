package org.onegrid.faults;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the project's test classes that carry a tag (such as {@code lockout} or {@code fuzz}) in this JVM, so that
 * they take part in the fault run as soon as they exist.
 */
final class TaggedTests {

	private TaggedTests() {
	}

	static TestExecutionSummary run(String tag) {
		var request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectPackage("org.onegrid"))
			.filters(TagFilter.includeTags(tag))
			.build();
		var summary = new SummaryGeneratingListener();
		LauncherFactory.create().execute(request, summary);
		return summary.getSummary();
	}
}
