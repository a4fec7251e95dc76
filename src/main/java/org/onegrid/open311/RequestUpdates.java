package org.onegrid.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.cases.CaseChange;
import org.onegrid.cases.CaseQuery;
import org.onegrid.cases.CaseSearch;
import org.onegrid.grid.District;
import org.onegrid.cases.CaseState;
import org.onegrid.cases.Channel;
import org.onegrid.cases.StateLabels;
import org.springframework.stereotype.Component;

/**
 * mySociety's {@code servicerequestupdates} extension, read side: every change of state on a published request (the
 * citizen channel) in a window, oldest first, so that a front end such as FixMyStreet can follow its reports. The
 * window is {@code start_date} to {@code end_date}, by default the last day, at most 90 days, and at most
 * {@value #MOST} updates. Each update carries the extension's status, the district's name for the new state as
 * its description, and the OneGrid state as {@code external_status_code}; no internal note and nothing about any
 * person is shown. {@code update_id} is the case number and the step's place in its timeline, stable across reads.
 */
@Component
class RequestUpdates {

	static final int MOST = 1000;

	private static final Duration DEFAULT_WINDOW = Duration.ofDays(1);

	private static final Duration LONGEST_WINDOW = Duration.ofDays(90);

	private static final Grant READER = Grant.system("open311");

	/** The longest description an update may carry, as long as any note on a case. */
	static final int MAX_NOTE = 2000;

	private final CaseSearch search;

	private final StateLabels labels;

	private final ZoneId zone;

	private final Clock clock;

	RequestUpdates(CaseSearch search, StateLabels labels, WorkingCalendar calendar, Clock clock) {
		this.search = search;
		this.labels = labels;
		this.zone = calendar.zone();
		this.clock = clock;
	}

	/** The changes the query's window asks for, of requests within the district's grid if one is given. */
	List<Map<String, Object>> list(Map<String, String> query, Optional<District> district) {
		Instant end = RequestFilter.time(query.get("end_date"), "end_date");
		Instant start = RequestFilter.time(query.get("start_date"), "start_date");
		if (end == null) {
			end = start == null ? clock.instant() : start.plus(DEFAULT_WINDOW);
		}
		if (start == null) {
			start = end.minus(DEFAULT_WINDOW);
		}
		if (!start.isBefore(end)) {
			throw Open311Failure.badRequest("start_date must be before end_date");
		}
		if (Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
			throw Open311Failure.badRequest("start_date and end_date may be at most 90 days apart");
		}
		CaseQuery citizens = new CaseQuery(null, null, null, district.map(District::layer).orElse(null),
				district.map(District::grid).orElse(null), null, Channel.CITIZEN.name(), null, null, null, null, null,
				null, null, null);
		return search.stateChanges(citizens, start, end, MOST, READER).stream().map(this::update).toList();
	}

	private Map<String, Object> update(CaseChange change) {
		CaseState state = change.entry().to();
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("update_id", updateId(change));
		update.put("service_request_id", change.caseNo());
		update.put("status", status(state));
		update.put("updated_datetime", RequestViews.ISO.format(change.entry().at().atZone(zone)));
		update.put("description", labels.of(state).zh() + " / " + labels.of(state).en());
		update.put("media_url", null);
		update.put("external_status_code", state.name());
		return update;
	}

	/** The case number and the step's place in the case's timeline: stable, and unique across the district. */
	static String updateId(CaseChange change) {
		return change.caseNo() + "-" + change.entry().seq();
	}

	/** The extension's statuses: what a citizen's front end shows for each OneGrid state. */
	static String status(CaseState state) {
		return switch (state) {
			case AWAITING_VERIFICATION, REPORTED -> "OPEN";
			case ACCEPTED, FILED, ARBITRATION, RETURNED -> "INVESTIGATING";
			case DISPATCHED, SUSPENDED -> "ACTION_SCHEDULED";
			case HANDLING, HANDLED, CHECKED -> "IN_PROGRESS";
			case CLOSED, EVALUATED -> "FIXED";
			case MERGED -> "DUPLICATE";
			case REJECTED, VOIDED -> "NO_FURTHER_ACTION";
		};
	}
}
