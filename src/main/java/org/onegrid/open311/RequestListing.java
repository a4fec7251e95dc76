package org.onegrid.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.cases.CasePage;
import org.onegrid.cases.CaseQuery;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseSummary;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.grid.District;
import org.springframework.stereotype.Component;

/**
 * Lists published service requests as the spec's query asks: by {@code service_request_id} (a comma list; ids
 * that name no published request are left out), or by {@code service_code}, {@code start_date}, {@code end_date}
 * and {@code status} ({@code open}, {@code closed} or both), narrowed by the extensions {@link RequestFilter} reads. A date's offset may arrive with its {@code +} left
 * unencoded, which reads as a space, and is taken as meant. Without dates the window is the last 90 days, and at
 * most {@value #MOST} requests are returned, newest first.
 */
@Component
class RequestListing {

	static final int MOST = 1000;

	private static final Duration WINDOW = Duration.ofDays(90);

	private static final Grant READER = Grant.system("open311");

	private final CaseSearch search;

	private final RequestViews views;

	private final Services services;

	private final Clock clock;

	RequestListing(CaseSearch search, RequestViews views, Services services, Clock clock) {
		this.search = search;
		this.views = views;
		this.services = services;
		this.clock = clock;
	}

	/** The requests the query asks for, within the district's grid if one is given. */
	List<Map<String, Object>> list(Map<String, String> query, Optional<District> district) {
		String ids = blankToNull(query.get("service_request_id"));
		if (ids != null) {
			return byIds(ids, district);
		}
		Instant end = RequestFilter.time(query.get("end_date"), "end_date");
		Instant start = RequestFilter.time(query.get("start_date"), "start_date");
		RequestFilter filter = RequestFilter.of(query);
		if (start == null) {
			start = (end == null ? clock.instant() : end).minus(WINDOW);
		}
		if (end != null && !start.isBefore(end)) {
			throw Open311Failure.badRequest("start_date must be before end_date");
		}
		MinorClass service = blankToNull(query.get("service_code")) == null ? null
				: services.minorClass(query.get("service_code").strip());
		Boolean open = status(query.get("status"));
		List<Map<String, Object>> found = new ArrayList<>();
		String after = null;
		do {
			CasePage page = search.pageWithoutTotal(new CaseQuery(null, service == null ? null : service.kind().name(),
					service == null ? null : service.code(), district.map(District::layer).orElse(null),
					district.map(District::grid).orElse(null), null, "CITIZEN", null, null,
					start.toString(), end == null ? null : end.toString(), open, null, 200, after), READER);
			for (CaseSummary summary : page.items()) {
				Map<String, Object> request = found.size() < MOST ? views.one(summary.caseNo(), district) : null;
				if (request != null && filter.keeps(request)) {
					found.add(request);
				}
			}
			after = page.next();
		}
		while (after != null && found.size() < MOST);
		return found;
	}

	private List<Map<String, Object>> byIds(String ids, Optional<District> district) {
		List<Map<String, Object>> found = new ArrayList<>();
		for (String id : ids.split(",")) {
			if (!id.isBlank() && found.size() < MOST) {
				try {
					found.add(views.one(id.strip(), district));
				}
				catch (Open311Failure notPublished) {
					continue;
				}
			}
		}
		return found;
	}

	private static Boolean status(String given) {
		if (blankToNull(given) == null) {
			return null;
		}
		boolean open = false;
		boolean closed = false;
		for (String each : given.split(",")) {
			switch (each.strip()) {
				case "open" -> open = true;
				case "closed" -> closed = true;
				default -> throw Open311Failure.badRequest("status is open, closed or both; it is '" + given + "'");
			}
		}
		return open == closed ? null : open;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
