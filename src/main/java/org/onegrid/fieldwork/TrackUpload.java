package org.onegrid.fieldwork;

import java.util.List;

/**
 * A batch of points from one worker's phone, in any order.
 *
 * @param crs {@code wgs84} (default), {@code gcj02}, {@code bd09} or {@code cgcs2000}; points are stored in WGS-84
 */
public record TrackUpload(String crs, List<TrackPoint> points) {
}
