package org.onegrid.fieldwork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sweep that compacts tracks: hours that closed in the last few hours and still hold several segments are
 * rewritten as one sorted, duplicate-free segment. Older hours that receive late points are compacted when read.
 */
@Component
class TrackCompaction {

	private static final Logger log = LoggerFactory.getLogger(TrackCompaction.class);

	private static final int BATCH = 5_000;

	private final PatrolTracks tracks;

	private final Clock clock;

	TrackCompaction(PatrolTracks tracks, Clock clock) {
		this.tracks = tracks;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onegrid.fieldwork.compaction-interval:5m}",
			initialDelayString = "${onegrid.fieldwork.compaction-interval:5m}")
	void sweep() {
		Instant closed = clock.instant().minus(Duration.ofHours(1));
		int compacted = tracks.compact(closed.minus(Duration.ofHours(3)), closed, BATCH);
		if (compacted > 0) {
			log.info("Compacted {} track hours", compacted);
		}
	}
}
