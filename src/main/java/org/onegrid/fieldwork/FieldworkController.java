package org.onegrid.fieldwork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Field work", description = "打卡签到、巡查轨迹与巡查覆盖 / Check-ins, patrol tracks and patrol coverage")
@RestController
@RequestMapping("/api/v1")
class FieldworkController {

	private final Attendance attendance;

	private final PatrolTracks tracks;

	private final WorkerPositions positions;

	private final PatrolCoverage coverage;

	private final Clock clock;

	FieldworkController(Attendance attendance, PatrolTracks tracks, WorkerPositions positions,
			PatrolCoverage coverage, Clock clock) {
		this.attendance = attendance;
		this.tracks = tracks;
		this.positions = positions;
		this.coverage = coverage;
		this.clock = clock;
	}

	@Operation(summary = "Check in at a grid (打卡签到); 201 with accepted or refused and the reason")
	@PostMapping("/people/{id}/check-ins")
	@Allow(value = "people:manage", scope = AccessScope.PERSON, on = "id", self = true, audit = AuditClass.FIELD_WORK)
	ResponseEntity<CheckIn> checkIn(@PathVariable long id, @RequestBody CheckInRequest request) {
		return ResponseEntity.status(201).body(attendance.checkIn(id, request));
	}

	@Operation(summary = "A worker's check-in attempts in [from, to); the last 7 days when omitted")
	@GetMapping("/people/{id}/check-ins")
	@Allow(value = "track:read", scope = AccessScope.PERSON, on = "id", self = true, audit = AuditClass.PERSONAL_DATA)
	List<CheckIn> checkIns(@PathVariable long id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		Instant end = to == null ? clock.instant().plusSeconds(1) : to;
		return attendance.checkIns(id, from == null ? end.minus(Duration.ofDays(7)) : from, end);
	}

	@Operation(summary = "Upload a batch of track points, in any order; repeats of a second are dropped")
	@PostMapping("/people/{id}/track")
	@Allow(value = "people:manage", scope = AccessScope.PERSON, on = "id", self = true, audit = AuditClass.FIELD_WORK)
	TrackReceipt upload(@PathVariable long id, @RequestBody TrackUpload upload) {
		return tracks.record(id, upload);
	}

	@Operation(summary = "A worker's track on a local day as a GeoJSON LineString Feature, with the time of each point")
	@GetMapping("/people/{id}/track")
	@Allow(value = "track:read", scope = AccessScope.PERSON, on = "id", self = true, audit = AuditClass.PERSONAL_DATA)
	Map<String, Object> track(@PathVariable long id, @RequestParam LocalDate date) {
		Track track = tracks.day(id, date);
		List<List<Double>> coordinates = new ArrayList<>();
		List<String> times = new ArrayList<>();
		List<Double> accuracies = new ArrayList<>();
		for (TrackPoint point : track.points()) {
			coordinates.add(List.of(point.lon(), point.lat()));
			times.add(point.t().toString());
			accuracies.add(point.accuracy());
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("workerId", id);
		properties.put("date", date.toString());
		properties.put("count", coordinates.size());
		properties.put("times", times);
		properties.put("accuracies", accuracies);
		Map<String, Object> geometry = coordinates.size() == 1
				? Map.of("type", "Point", "coordinates", coordinates.get(0))
				: Map.of("type", "LineString", "coordinates", coordinates);
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", coordinates.isEmpty() ? null : geometry);
		feature.put("properties", properties);
		return feature;
	}

	@Operation(summary = "Last known positions of everyone in a grid subtree (points older than `since` are unknown)")
	@GetMapping("/positions")
	@Allow(value = "track:read", scope = AccessScope.GRID, on = { "layer", "root" }, audit = AuditClass.PERSONAL_DATA)
	List<WorkerPosition> positions(@RequestParam String layer, @RequestParam(required = false) String root,
			@RequestParam(required = false) Instant since) {
		return positions.inSubtree(layer, root, since == null ? clock.instant().minus(Duration.ofDays(1)) : since);
	}

	@Operation(summary = "Grids patrolled on fewer than minDays days of an ISO week (e.g. 2026-W10)")
	@GetMapping("/patrol-coverage")
	@Allow(value = "track:read", scope = AccessScope.GRID, on = { "layer", "root" })
	CoverageReport coverage(@RequestParam String layer, @RequestParam String week,
			@RequestParam(required = false) Integer minDays, @RequestParam(required = false) String root,
			@RequestParam(required = false) String level) {
		return coverage.belowMinimum(layer, week, minDays, root, level);
	}
}
