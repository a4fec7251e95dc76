package org.onegrid.fieldwork;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.onegrid.fieldwork.internal.CheckIns;
import org.onegrid.fieldwork.internal.Positions;
import org.springframework.stereotype.Service;

/**
 * Who is out on patrol (在岗巡查) now: the workers whose phone sent a track point, or who checked in at a grid, within
 * a recent window. Reads the latest-position rollup and the check-ins of the window, never the tracks.
 */
@Service
public class OnPatrol {

	private final Positions positions;

	private final CheckIns checkIns;

	OnPatrol(Positions positions, CheckIns checkIns) {
		this.positions = positions;
		this.checkIns = checkIns;
	}

	/** The ids of the workers with a track point or an accepted check-in at or after {@code since}. */
	public Set<Long> since(Instant since) {
		Set<Long> workers = new TreeSet<>(positions.workersSince(since));
		workers.addAll(checkIns.workersSince(since));
		return workers;
	}
}
