package org.onegrid.open311;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onegrid.access.Grant;
import org.onegrid.cases.CaseChange;
import org.onegrid.cases.CaseFollowUps;
import org.onegrid.cases.CaseView;
import org.onegrid.grid.District;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * mySociety's {@code servicerequestupdates} extension, write side: a citizen's front end (FixMyStreet, say) sends
 * what the reporter added to a published request. The update becomes a follow-up note on the case; the status the
 * citizen gives (that it is fixed, or back again) is kept with the note for whoever holds the case and never moves
 * the case by itself, since only the centre closes or reopens cases. The front end's own {@code update_id} makes a
 * resent update harmless: it is stored once and answered with the same id. The reporter's name, e-mail and phone
 * are not stored with the note.
 */
@Component
class UpdateSubmission {

	/** The statuses the extension lets a front end send. */
	static final Set<String> STATUSES = Set.of("OPEN", "CLOSED", "FIXED", "INVESTIGATING", "IN_PROGRESS",
			"ACTION_SCHEDULED", "DUPLICATE", "NO_FURTHER_ACTION", "NOT_COUNCILS_RESPONSIBILITY", "INTERNAL_REFERRAL");

	private final ApiKeys keys;

	private final Jurisdictions jurisdictions;

	private final RequestViews requests;

	private final CaseFollowUps followUps;

	UpdateSubmission(ApiKeys keys, Jurisdictions jurisdictions, RequestViews requests, CaseFollowUps followUps) {
		this.keys = keys;
		this.jurisdictions = jurisdictions;
		this.requests = requests;
		this.followUps = followUps;
	}

	List<Map<String, Object>> submit(MultiValueMap<String, String> form) {
		Grant grant = keys.grantOf(RequestForm.value(form, "api_key"));
		Optional<District> district = jurisdictions.of(RequestForm.value(form, "jurisdiction_id"));
		String id = required(form, "service_request_id");
		String status = required(form, "status");
		String description = required(form, "description");
		if (!STATUSES.contains(status)) {
			throw Open311Failure.badRequest("status must be one of " + STATUSES.stream().sorted().toList()
					+ "; it is '" + status + "'");
		}
		if (description.length() > RequestUpdates.MAX_NOTE) {
			throw Open311Failure.badRequest("description must be at most " + RequestUpdates.MAX_NOTE
					+ " characters; it has " + description.length());
		}
		if (RequestForm.value(form, "updated_datetime") != null) {
			RequestFilter.time(RequestForm.value(form, "updated_datetime"), "updated_datetime");
		}
		String media = RequestForm.value(form, "media_url");
		if (media != null && !webAddress(media)) {
			throw Open311Failure.badRequest("media_url must be an http or https address");
		}
		if (!grant.permits("case:create")) {
			throw new Open311Failure(HttpStatus.FORBIDDEN, "The account of this api_key may not submit updates");
		}
		CaseView view = requests.published(id, district);
		CaseChange added = followUps.add(view.id(), view.caseNo(), new CaseFollowUps.FollowUp(description,
				media == null ? List.of() : List.of(media), "open311", RequestForm.value(form, "update_id"), status),
				grant);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("update_id", RequestUpdates.updateId(added));
		return List.of(answer);
	}

	private static String required(MultiValueMap<String, String> form, String field) {
		String value = RequestForm.value(form, field);
		if (value == null) {
			throw Open311Failure.badRequest(field + " is required");
		}
		return value;
	}

	private static boolean webAddress(String value) {
		try {
			URI uri = URI.create(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
