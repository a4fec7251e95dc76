/**
 * Field work: workers check in at their grids (打卡签到), upload their patrol tracks (巡查轨迹) from the
 * phone, possibly late and out of order after being offline, and the command centre sees everyone's last known
 * position and which grids were patrolled too rarely (the 丽水 city-management grid plan: at least two days a week).
 * <p>
 * Tracks are stored compactly, one row per worker and hour of delta-encoded points, and deduplicated (one point per
 * worker and second). Each upload also feeds two small rollups, the workers' latest positions and the patrol days
 * of each grid, so that dashboards never scan tracks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Field work",
		allowedDependencies = { "api", "geo", "grid", "people", "calendar" })
package org.onegrid.fieldwork;
