package org.onegrid.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseView;
import org.onegrid.cases.Channel;
import org.onegrid.cases.TimelineEntry;
import org.onegrid.grid.District;
import org.springframework.stereotype.Component;

/**
 * Service requests as the public may read them. Open311 lets anyone read requests, so only what citizens report
 * (the citizen channel: web, WeChat and Open311 itself) is published; a grid worker's patrol finds, hotline tickets,
 * police diversions, camera alerts and leaders' instructions are not. Nothing about the reporter is shown (no name,
 * phone or account), no internal note is shown (OneGrid has no notes marked public, so {@code status_notes} is the
 * district's name for the case's state), and {@code media_url} is given only when the reporter sent a link.
 */
@Component
class RequestViews {

	/** ISO 8601 with the offset, as every Open311 time is written. */
	static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private static final Grant READER = Grant.system("open311");

	private final CaseSearch search;

	private final ZoneId zone;

	private final Services services;

	RequestViews(CaseSearch search, WorkingCalendar calendar, Services services) {
		this.search = search;
		this.services = services;
		this.zone = calendar.zone();
	}

	/** @throws Open311Failure 404 unless the number names a published case in the district, if one is given */
	Map<String, Object> one(String serviceRequestId, Optional<District> district) {
		CaseView view = published(serviceRequestId, district);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", view.caseNo());
		request.put("status", view.open() ? "open" : "closed");
		request.put("status_notes", view.stateName().zh() + " / " + view.stateName().en());
		String serviceCode = Services.codeOf(view.kind(), view.minorCode());
		request.put("service_name", services.nameOf(serviceCode));
		request.put("service_code", serviceCode);
		request.put("description", view.description());
		request.put("agency_responsible", view.assignment() != null && view.assignment().lead() != null
				? view.assignment().lead() : view.responsibility() == null ? null : view.responsibility().leadDepartment());
		request.put("service_notice", null);
		request.put("requested_datetime", time(view.reportedAt()));
		request.put("updated_datetime", time(updated(view)));
		request.put("expected_datetime", view.clock() == null ? null : time(view.clock().deadline()));
		request.put("address", view.address());
		request.put("address_id", null);
		request.put("zipcode", null);
		request.put("lat", view.lat());
		request.put("long", view.lon());
		request.put("media_url", view.attachments().stream()
			.filter(link -> link.startsWith("https://") || link.startsWith("http://"))
			.findFirst()
			.orElse(null));
		return request;
	}

	/**
	 * @throws Open311Failure 404 unless the number names a published case (one a citizen reported) in the district,
	 *         if one is given
	 */
	CaseView published(String serviceRequestId, Optional<District> district) {
		try {
			return search.byNumber(serviceRequestId, READER)
				.filter(view -> view.channel() == Channel.CITIZEN)
				.filter(view -> district.map(d -> within(view, d)).orElse(true))
				.orElseThrow(() -> Open311Failure.notFound("No service request has the id '" + serviceRequestId + "'"));
		}
		catch (ApiProblem problem) {
			if (problem.status().value() != 404) {
				throw problem;
			}
			throw Open311Failure.notFound("No service request has the id '" + serviceRequestId + "'");
		}
	}

	/** Whether the case's place lies in the district's grid, as the case's view says. */
	private static boolean within(CaseView view, District district) {
		return view.district() != null && view.district().code().equals(district.code());
	}

	private static Instant updated(CaseView view) {
		List<TimelineEntry> timeline = view.timeline();
		return timeline.isEmpty() ? view.reportedAt() : timeline.get(timeline.size() - 1).at();
	}

	private String time(Instant instant) {
		return instant == null ? null : ISO.format(instant.atZone(zone));
	}
}
