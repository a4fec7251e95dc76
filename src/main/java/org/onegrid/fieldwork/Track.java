package org.onegrid.fieldwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A worker's track for one local day, in time order, one point per second.
 */
public record Track(long workerId, LocalDate date, List<TrackPoint> points) {

	public Track {
		points = List.copyOf(points);
	}
}
