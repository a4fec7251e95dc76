package org.onegrid.fieldwork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.fieldwork.internal.Fix;
import org.onegrid.fieldwork.internal.TrackChunks;
import org.onegrid.fieldwork.internal.TrackChunks.Chunk;
import org.onegrid.fieldwork.internal.TrackChunks.Segment;
import org.onegrid.fieldwork.internal.TrackCodec;
import org.onegrid.geo.Crs;
import org.onegrid.people.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Patrol tracks (巡查轨迹): phones upload batches of GPS points, in any order and possibly long after they were
 * taken; the command centre reads a worker's day back in time order.
 * <p>
 * An upload is checked point by point and refused as a whole if any point is wrong. The rest is sorted, reduced to
 * one point per second, split by hour and appended to the worker's hourly rows, each hour as one compact segment
 * (see {@code TrackCodec}); an upload within one hour costs one statement. The same second sent again in a later
 * upload is dropped when the track is read, and for good when the hour is compacted.
 */
@Service
public class PatrolTracks {

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private final TrackChunks chunks;

	private final PatrolLog log;

	private final People people;

	private final TransactionTemplate transactions;

	private final FieldworkProperties properties;

	private final Clock clock;

	private final ZoneId zone;

	/** Workers known to exist; people are never deleted, so this only saves a lookup per upload. */
	private final Set<Long> knownWorkers = ConcurrentHashMap.newKeySet();

	PatrolTracks(TrackChunks chunks, PatrolLog log, People people, TransactionTemplate transactions,
			FieldworkProperties properties, Clock clock, WorkingCalendar calendar) {
		this.chunks = chunks;
		this.log = log;
		this.people = people;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/** Stores an upload of the worker's points; 404 for an unknown worker, 400 listing every bad point. */
	public TrackReceipt record(long workerId, TrackUpload upload) {
		if (!knownWorkers.contains(workerId)) {
			people.get(workerId);
			knownWorkers.add(workerId);
		}
		List<Fix> fixes = checked(upload);
		List<Fix> distinct = TrackCodec.canonical(fixes);
		List<Segment> segments = new ArrayList<>();
		int from = 0;
		for (int i = 1; i <= distinct.size(); i++) {
			if (i == distinct.size() || hourOf(distinct.get(i).second()) != hourOf(distinct.get(from).second())) {
				long hour = hourOf(distinct.get(from).second());
				segments.add(new Segment(hour, i - from, TrackCodec.encode(distinct.subList(from, i), hour)));
				from = i;
			}
		}
		Fix latest = distinct.get(distinct.size() - 1);
		if (segments.size() == 1) {
			chunks.appendOne(workerId, segments.get(0), latest);
		}
		else {
			transactions.executeWithoutResult(status -> chunks.appendMany(workerId, segments, latest));
		}
		log.record(workerId, distinct);
		return new TrackReceipt(workerId, fixes.size(), distinct.size(), segments.size());
	}

	/** The worker's track on a local day, in time order, one point per second. */
	public Track day(long workerId, LocalDate date) {
		people.get(workerId);
		long from = date.atStartOfDay(zone).toEpochSecond();
		long to = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
		List<TrackPoint> points = new ArrayList<>();
		for (Chunk chunk : chunks.read(workerId, hourOf(from), to)) {
			for (Fix fix : canonical(workerId, chunk)) {
				if (fix.second() >= from && fix.second() < to) {
					points.add(new TrackPoint(Instant.ofEpochSecond(fix.second()), fix.lon(), fix.lat(),
							fix.accuracyMetres()));
				}
			}
		}
		return new Track(workerId, date, points);
	}

	/** Rewrites the fragmented hours starting in {@code [from, to)} as single segments; returns how many. */
	int compact(Instant from, Instant to, int limit) {
		int compacted = 0;
		for (long[] row : chunks.fragmented(hourOf(from.getEpochSecond()), to.getEpochSecond(), limit)) {
			for (Chunk chunk : chunks.read(row[0], row[1], row[1] + 1)) {
				canonical(row[0], chunk);
				compacted++;
			}
		}
		return compacted;
	}

	/** The chunk's points in canonical form, storing that form when the chunk holds several segments. */
	private List<Fix> canonical(long workerId, Chunk chunk) {
		List<Fix> fixes = TrackCodec.canonical(TrackCodec.decode(chunk.bytes(), chunk.hour()));
		if (chunk.segments() > 1) {
			chunks.compact(workerId, chunk.hour(), chunk.segments(),
					new Segment(chunk.hour(), fixes.size(), TrackCodec.encode(fixes, chunk.hour())));
		}
		return fixes;
	}

	private List<Fix> checked(TrackUpload upload) {
		var input = new Points.Input();
		Crs crs = input.crs(upload.crs(), "crs");
		List<TrackPoint> points = upload.points() == null ? List.of() : upload.points();
		if (points.isEmpty() || points.size() > properties.maxPointsPerUpload()) {
			input.add("points", "SIZE", "an upload carries 1 to " + properties.maxPointsPerUpload() + " points");
		}
		Instant latest = clock.instant().plus(properties.maxClockSkew());
		List<Fix> fixes = new ArrayList<>(points.size());
		for (int i = 0; i < points.size(); i++) {
			TrackPoint point = points.get(i);
			String prefix = "points[" + i + "].";
			if (point == null) {
				input.add("points[" + i + "]", "REQUIRED", "a point cannot be null");
				continue;
			}
			boolean valid = input.lonLat(point.lon(), point.lat(), prefix);
			if (point.t() == null || point.t().isBefore(EARLIEST) || point.t().isAfter(latest)) {
				input.add(prefix + "t", point.t() == null ? "REQUIRED" : "OUT_OF_RANGE",
						"t is required, after 2000 and not in the future");
				valid = false;
			}
			if (point.accuracy() != null && (!Double.isFinite(point.accuracy()) || point.accuracy() < 0)) {
				input.add(prefix + "accuracy", "OUT_OF_RANGE", "accuracy is a distance in metres, 0 or more");
				valid = false;
			}
			if (valid && input.isEmpty()) {
				double[] wgs = crs.toWgs84(point.lon(), point.lat());
				fixes.add(Fix.of(point.t().getEpochSecond(), wgs[0], wgs[1], point.accuracy()));
			}
		}
		input.failIfAny();
		return fixes;
	}

	private static long hourOf(long epochSecond) {
		return Math.floorDiv(epochSecond, 3600) * 3600;
	}
}
