package org.onegrid.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.onegrid.fieldwork.TrackPoint;

/**
 * A simulated patrol: {@code workers} people each walking at about 1.4 m/s from a random start inside the demo
 * district 松江区 and taking a GPS point every 10 s, uploading {@code batch} points at a time (6 = one upload a
 * minute), for {@code minutes} minutes. Upload {@code k} belongs to worker {@code k % workers}, so uploads arrive
 * time-major, as they would from a live district. Seed fixed.
 */
final class TrackWorkload {

	static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

	static final int STEP_SECONDS = 10;

	private final int workers;

	private final int batch;

	private final int pointsPerWorker;

	private final double[][] lon;

	private final double[][] lat;

	TrackWorkload(int workers, int minutes, int batch) {
		this.workers = workers;
		this.batch = batch;
		this.pointsPerWorker = minutes * 60 / STEP_SECONDS / batch * batch;
		this.lon = new double[workers][pointsPerWorker];
		this.lat = new double[workers][pointsPerWorker];
		var random = new SplittableRandom(42);
		for (int w = 0; w < workers; w++) {
			double x = 121.15 + random.nextDouble() * 0.20;
			double y = 30.98 + random.nextDouble() * 0.12;
			double heading = random.nextDouble() * 2 * Math.PI;
			for (int i = 0; i < pointsPerWorker; i++) {
				heading += (random.nextDouble() - 0.5) * 0.6;
				x += Math.cos(heading) * 14 / 95_500.0;
				y += Math.sin(heading) * 14 / 111_000.0;
				lon[w][i] = x;
				lat[w][i] = y;
			}
		}
	}

	int workers() {
		return workers;
	}

	int uploads() {
		return workers * (pointsPerWorker / batch);
	}

	long points() {
		return (long) workers * pointsPerWorker;
	}

	int workerIndex(int upload) {
		return upload % workers;
	}

	/** The points of upload {@code k}, in the order the phone took them. */
	List<TrackPoint> upload(int k) {
		int worker = k % workers;
		int first = k / workers * batch;
		List<TrackPoint> points = new ArrayList<>(batch);
		for (int i = first; i < first + batch; i++) {
			points.add(new TrackPoint(START.plusSeconds((long) i * STEP_SECONDS + worker % STEP_SECONDS),
					lon[worker][i], lat[worker][i], 3.0 + i % 7));
		}
		return points;
	}
}
