package org.onegrid.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.fieldwork.internal.Fix;
import org.onegrid.fieldwork.internal.PatrolVisits;
import org.onegrid.fieldwork.internal.PatrolVisits.Visit;
import org.onegrid.geo.Crs;
import org.onegrid.grid.GridLocator;
import org.onegrid.grid.Location;
import org.springframework.stereotype.Component;

/**
 * Turns track points into patrol days: each point is located in every layer and its leaf grid is recorded as
 * visited by the worker on the point's local day. A worker stays in the same few grids all day, so visits recorded
 * recently by this instance are remembered and not written again; the table ignores repeats anyway, so the memory
 * is only a shortcut and may be dropped at any time.
 */
@Component
class PatrolLog {

	private static final int REMEMBERED = 200_000;

	private final GridLocator locator;

	private final PatrolVisits visits;

	private final ZoneId zone;

	private final Set<Visit> recent = ConcurrentHashMap.newKeySet();

	PatrolLog(GridLocator locator, PatrolVisits visits, WorkingCalendar calendar) {
		this.locator = locator;
		this.visits = visits;
		this.zone = calendar.zone();
	}

	void record(long worker, List<Fix> fixes) {
		Set<Visit> found = new HashSet<>();
		for (Fix fix : fixes) {
			LocalDate day = Instant.ofEpochSecond(fix.second()).atZone(zone).toLocalDate();
			for (Location.LayerPath path : locator.locate(fix.lon(), fix.lat(), Crs.WGS84).layers()) {
				found.add(new Visit(path.layer(), path.leaf().code(), day, worker));
			}
		}
		found.removeIf(recent::contains);
		if (!found.isEmpty()) {
			visits.add(found);
			if (recent.size() > REMEMBERED) {
				recent.clear();
			}
			recent.addAll(found);
		}
	}
}
