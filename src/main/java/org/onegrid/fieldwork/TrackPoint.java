package org.onegrid.fieldwork;

import java.time.Instant;

/**
 * One GPS point of a patrol track. Times are kept to the second: two points of one worker in the same second are
 * the same point, and the first one received is kept.
 *
 * @param t when the phone took the point
 * @param accuracy the phone's accuracy estimate in metres, if it gave one
 */
public record TrackPoint(Instant t, Double lon, Double lat, Double accuracy) {
}
