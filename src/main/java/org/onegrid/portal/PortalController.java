package org.onegrid.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.RateLimited;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen portal's endpoints, open to anyone without signing in and limited per client address. The ticket
 * number and tracking code travel in the body, never in the address, so that they stay out of logs.
 */
@Tag(name = "Citizen portal", description = "市民门户: 上报、查询、评价 / Report, track and rate without signing in")
@RestController
@RequestMapping("/api/v1/portal")
class PortalController {

	private final PortalDesk desk;

	PortalController(PortalDesk desk) {
		this.desk = desk;
	}

	/** The tracking request: a ticket number and its code. */
	record Tracking(String caseNo, String code) {
	}

	@Operation(summary = "Report a problem; answers the ticket number and a tracking code shown only this once")
	@PostMapping("/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@RateLimited
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	PortalDesk.Filed report(@RequestBody PortalReport report) {
		return desk.report(report);
	}

	@Operation(summary = "Track a case by its ticket number and tracking code")
	@PostMapping("/tracking")
	@RateLimited
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	PublicCase track(@RequestBody Tracking tracking) {
		return desk.track(tracking.caseNo(), tracking.code());
	}

	@Operation(summary = "Rate a closed case once (回访满意度)")
	@PostMapping("/ratings")
	@RateLimited
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	PublicCase rate(@RequestBody PortalRating rating) {
		return desk.rate(rating);
	}
}
