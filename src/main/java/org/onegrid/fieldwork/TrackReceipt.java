package org.onegrid.fieldwork;

/**
 * What an upload stored.
 *
 * @param received points in the upload
 * @param distinct points left after removing repeats of the same second within the upload; repeats of points
 * stored earlier are removed when the track is read and when the hour is compacted
 * @param hours how many hours of the track the upload touched
 */
public record TrackReceipt(long workerId, int received, int distinct, int hours) {
}
