package org.onegrid.dashboard;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes feed lines older than the retention now and then. Every instance does it; doing it twice is harmless.
 */
@Component
class FeedRetention {

	private final Feed feed;

	private final DashboardProperties properties;

	private final Clock clock;

	FeedRetention(Feed feed, DashboardProperties properties, Clock clock) {
		this.feed = feed;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onegrid.dashboard.prune-interval:10m}", initialDelayString = "1m")
	void prune() {
		feed.prune(clock.instant().minus(properties.retention()));
	}
}
