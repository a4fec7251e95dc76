package org.onegrid.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dashboard settings.
 *
 * @param streetLevel the grid level, by name, whose grids the open cases are counted by (街道)
 * @param patrolWindow how recent a worker's track point or check-in must be for them to count as on patrol now
 * @param topCategories how many minor classes the top-categories charts show
 * @param heartbeat how often an idle feed connection carries a comment, so that proxies keep it open
 * @param streamTimeout how long one feed connection lasts before the browser reconnects (and resumes)
 * @param backlog how many recent lines a newly opened feed shows
 * @param replayLimit the most missed lines a resuming feed replays; beyond it the screen is told to reload
 * @param retention how long feed lines are kept for resuming screens
 * @param listenRetry how long the listening connection waits before reconnecting after losing the database
 */
@ConfigurationProperties("onegrid.dashboard")
record DashboardProperties(@DefaultValue("街道") String streetLevel, @DefaultValue("30m") Duration patrolWindow,
		@DefaultValue("8") int topCategories, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("30m") Duration streamTimeout, @DefaultValue("20") int backlog,
		@DefaultValue("500") int replayLimit, @DefaultValue("2d") Duration retention,
		@DefaultValue("2s") Duration listenRetry) {
}
