package org.onegrid.fieldwork;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.fieldwork.CheckIn.Refusal;
import org.onegrid.fieldwork.internal.CheckIns;
import org.onegrid.fieldwork.internal.PatrolVisits;
import org.onegrid.fieldwork.internal.PatrolVisits.Visit;
import org.onegrid.geo.Crs;
import org.onegrid.grid.GridGeometry;
import org.onegrid.people.GridTeams;
import org.onegrid.people.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins (打卡签到): a worker checks in at one of their grids, at the server's time, from where the phone says
 * they are. The check-in is accepted when the worker serves that grid and stands inside it or within
 * {@code onegrid.fieldwork.check-in-tolerance} metres (200 by default) of it; otherwise it is refused with a
 * {@link Refusal} reason. Every attempt is stored for attendance; an accepted one also counts as a patrol day of
 * that grid.
 */
@Service
public class Attendance {

	private final CheckIns checkIns;

	private final PatrolVisits visits;

	private final People people;

	private final GridTeams teams;

	private final GridGeometry geometry;

	private final FieldworkProperties properties;

	private final Clock clock;

	private final ZoneId zone;

	Attendance(CheckIns checkIns, PatrolVisits visits, People people, GridTeams teams, GridGeometry geometry,
			FieldworkProperties properties, Clock clock, WorkingCalendar calendar) {
		this.checkIns = checkIns;
		this.visits = visits;
		this.people = people;
		this.teams = teams;
		this.geometry = geometry;
		this.properties = properties;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/**
	 * Records a check-in attempt and says whether it was accepted.
	 * @throws ApiProblem 404 for an unknown worker or grid, 400 listing every malformed field (nothing is stored)
	 */
	@Transactional
	public CheckIn checkIn(long workerId, CheckInRequest request) {
		people.get(workerId);
		var input = new Points.Input();
		String layer = input.required(request.layerCode(), "layerCode");
		String grid = input.required(request.gridCode(), "gridCode");
		Crs crs = input.crs(request.crs(), "crs");
		input.lonLat(request.lon(), request.lat(), "");
		input.failIfAny();
		double[] wgs = crs.toWgs84(request.lon(), request.lat());
		double distance = geometry.distanceMetres(layer, grid, wgs[0], wgs[1]);
		Refusal reason = !teams.serves(workerId, layer, grid) ? Refusal.NOT_IN_TEAM
				: distance > properties.checkInTolerance() ? Refusal.TOO_FAR : null;
		Instant now = clock.instant();
		var attempt = new CheckIn(0, workerId, layer, grid, now, wgs[0], wgs[1], crs.code(),
				Math.round(distance * 10) / 10.0, reason == null, reason);
		long id = checkIns.add(attempt);
		if (reason == null) {
			visits.add(List.of(new Visit(layer, grid, now.atZone(zone).toLocalDate(), workerId)));
		}
		return new CheckIn(id, workerId, layer, grid, now, wgs[0], wgs[1], crs.code(), attempt.distanceMetres(),
				reason == null, reason);
	}

	/** The worker's check-in attempts in {@code [from, to)}, oldest first. */
	public List<CheckIn> checkIns(long workerId, Instant from, Instant to) {
		people.get(workerId);
		return checkIns.ofWorker(workerId, from, to);
	}
}
