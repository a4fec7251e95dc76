package org.onegrid.portal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.RateLimited;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.attachment.CitizenPhotos;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The citizen portal's endpoints, open to anyone without signing in and limited per client address. The ticket
 * number and tracking code travel in the body, never in the address, so that they stay out of logs.
 */
@Tag(name = "Citizen portal", description = "市民门户: 上报、查询、评价 / Report, track and rate without signing in")
@RestController
@RequestMapping("/api/v1/portal")
class PortalController {

	private final PortalDesk desk;

	private final PortalDistricts districts;

	PortalController(PortalDesk desk, PortalDistricts districts) {
		this.desk = desk;
		this.districts = districts;
	}

	@Operation(summary = "The districts this portal serves, by code and name; a report's category must be one of "
			+ "the services of the district its place lies in")
	@GetMapping("/districts")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	List<PortalDistricts.Served> districts() {
		return districts.all();
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
		return desk.report(report, List.of());
	}

	@Operation(summary = "Report a problem with up to 3 JPEG or PNG photos: multipart, the report as JSON in part "
			+ "'report' and each photo as a part 'photos'")
	@PostMapping(path = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@RateLimited
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	PortalDesk.Filed reportWithPhotos(@RequestPart("report") PortalReport report,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
		return desk.report(report, photos == null ? List.of() : photos);
	}

	@Operation(summary = "Track a case by its ticket number and tracking code")
	@PostMapping("/tracking")
	@RateLimited
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	PublicCase track(@RequestBody Tracking tracking) {
		return desk.track(tracking.caseNo(), tracking.code());
	}

	@Operation(summary = "One photo of a tracked case's report, by its number from 1, for the ticket number and "
			+ "tracking code in the body")
	@PostMapping("/tracking/photos/{number}")
	@RateLimited
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	ResponseEntity<InputStreamResource> photo(@PathVariable int number, @RequestBody Tracking tracking) {
		CitizenPhotos.Photo photo = desk.photo(tracking.caseNo(), tracking.code(), number);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.contentLength(photo.size())
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(photo.content()));
	}

	@Operation(summary = "Rate a closed case once (回访满意度)")
	@PostMapping("/ratings")
	@RateLimited
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	PublicCase rate(@RequestBody PortalRating rating) {
		return desk.rate(rating);
	}
}
