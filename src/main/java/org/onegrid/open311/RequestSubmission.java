package org.onegrid.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.cases.CaseView;
import org.onegrid.cases.Intake;
import org.onegrid.cases.NewCase;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.grid.District;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Takes an Open311 service request in as a case on the citizen channel, for the account whose {@code api_key} it
 * carries; that account needs permission to create cases. The answer names the case by its number, which is the
 * {@code service_request_id} every later look-up uses, and also carries the case's token, for clients written to
 * keep only tokens; the case exists at once, so the token resolves at once.
 */
@Component
class RequestSubmission {

	private final ApiKeys keys;

	private final Jurisdictions jurisdictions;

	private final Services services;

	private final Intake intake;

	private final RequestTokens tokens;

	private final SubmissionIds ids;

	RequestSubmission(ApiKeys keys, Jurisdictions jurisdictions, Services services, Intake intake,
			RequestTokens tokens, SubmissionIds ids) {
		this.tokens = tokens;
		this.ids = ids;
		this.keys = keys;
		this.jurisdictions = jurisdictions;
		this.services = services;
		this.intake = intake;
	}

	/**
	 * Takes the form in as a citizen's case, in the district the form's {@code jurisdiction_id} names, whose grid its
	 * point must lie in. A retry gets the case its first try created rather than a second one: a
	 * retry with the same {@code Idempotency-Key} and the same form, or, from a client that sends no key, the same
	 * form again within the retry window ({@link SubmissionIds}).
	 */
	List<Map<String, Object>> submit(MultiValueMap<String, String> form, String idempotencyKey) {
		Grant grant = keys.grantOf(RequestForm.value(form, "api_key"));
		Optional<District> district = jurisdictions.of(RequestForm.value(form, "jurisdiction_id"));
		String serviceCode = RequestForm.value(form, "service_code");
		if (serviceCode == null) {
			throw Open311Failure.badRequest("service_code is required");
		}
		MinorClass service = services.minorClass(serviceCode, district);
		if (!grant.permits("case:create")) {
			throw new Open311Failure(HttpStatus.FORBIDDEN, "The account of this api_key may not submit requests");
		}
		CaseView view;
		List<String> formIds = idempotencyKey == null ? ids.ofForm(grant, form) : List.of();
		String requestId = idempotencyKey == null ? formIds.get(0) : ids.ofKey(grant, idempotencyKey);
		try {
			NewCase report = RequestForm.read(form, service, requestId);
			if (!jurisdictions.contains(district, report.lon(), report.lat())) {
				throw Open311Failure.badRequest("lat and long lie outside the jurisdiction '"
						+ district.map(District::code).orElse("") + "' (" + district.map(District::name).orElse("")
						+ ")");
			}
			view = formIds.isEmpty() ? intake.report(report, grant).view()
					: intake.reportedAs(formIds.get(1), grant).orElseGet(() -> intake.report(report, grant).view());
		}
		catch (ApiProblem problem) {
			if (idempotencyKey != null && problem.type().equals("request-id-reused")) {
				throw Open311Failure.badRequest("Idempotency-Key '" + idempotencyKey.strip() + "' was already used "
						+ "for a different request; send a new key with a new request");
			}
			throw problem;
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", view.caseNo());
		answer.put("token", tokens.of(view.id(), view.caseNo()));
		answer.put("service_notice", "已受理为案件 " + view.caseNo() + "(" + view.stateName().zh() + ")/ Received as case "
				+ view.caseNo() + " (" + view.stateName().en() + ")");
		return List.of(answer);
	}
}
