package org.onegrid.fieldwork;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Field-work settings.
 *
 * @param checkInTolerance how far outside their grid, in metres, a worker may still check in there (GPS error,
 * the office across the street)
 * @param minPatrolDays the days a week each grid must be patrolled (the 丽水 city-management grid plan: 不少于2日)
 * @param maxClockSkew how far in the future a point's time may lie, for phones whose clocks run ahead
 * @param maxPointsPerUpload the most points one upload may carry (a day at one point every 10 s is 8,640)
 * @param compactionInterval how often the hours just closed are rewritten as one sorted, duplicate-free segment
 */
@ConfigurationProperties("onegrid.fieldwork")
record FieldworkProperties(@DefaultValue("200") double checkInTolerance, @DefaultValue("2") int minPatrolDays,
		@DefaultValue("5m") Duration maxClockSkew, @DefaultValue("20000") int maxPointsPerUpload,
		@DefaultValue("5m") Duration compactionInterval) {
}
