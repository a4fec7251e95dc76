package org.onegrid.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.springframework.http.ResponseEntity;
import org.onegrid.api.AuditClass;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2: service discovery, the service list, service definitions, service requests and their
 * tokens. The catalogue is public knowledge, so reading it answers anyone; submitting a request is checked against the
 * {@code api_key} in the form itself, as the spec asks, rather than against a session. Parameters the spec does
 * not name are ignored, as Open311 clients expect, rather than refused.
 */
@Tag(name = "Open311", description = "Open311 GeoReport v2 服务发现与服务列表 / Open311 GeoReport v2 discovery and services")
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	/** When the interface below last changed, as discovery reports it. */
	private static final String CHANGESET = "2026-12-04T00:00:00Z";

	private final Services services;

	private final Jurisdictions jurisdictions;

	private final Open311Properties properties;

	private final RequestSubmission submission;

	private final RequestViews requests;

	private final RequestListing listing;

	private final RequestUpdates updates;

	private final UpdateSubmission updateSubmission;

	private final RequestTokens tokens;

	Open311Controller(Services services, Jurisdictions jurisdictions, Open311Properties properties,
			RequestSubmission submission, RequestViews requests, RequestListing listing, RequestUpdates updates,
			UpdateSubmission updateSubmission, RequestTokens tokens) {
		this.tokens = tokens;
		this.updateSubmission = updateSubmission;
		this.submission = submission;
		this.requests = requests;
		this.listing = listing;
		this.updates = updates;
		this.services = services;
		this.jurisdictions = jurisdictions;
		this.properties = properties;
	}

	@Operation(summary = "Open311 service discovery: where the interface is and which formats it speaks")
	@GetMapping("/discovery.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	ResponseEntity<String> discovery(@PathVariable String format,
			@RequestParam(required = false) Map<String, String> parameters) {
		Format answer = Format.of(format);
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString());
		endpoint.put("changeset", CHANGESET);
		endpoint.put("type", "production");
		endpoint.put("formats", List.of(Format.XML.type().toString(), Format.JSON.type().toString()));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", CHANGESET);
		discovery.put("contact", properties.contact());
		discovery.put("key_service", properties.keyService());
		discovery.put("endpoints", List.of(endpoint));
		return answer.ok("discovery", discovery);
	}

	@Operation(summary = "Open311 service list: every minor class (小类) the jurisdiction offers as a service, grouped "
			+ "by major class (大类)")
	@GetMapping("/services.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(required = false) Map<String, String> parameters) {
		Format answer = Format.of(format);
		return answer.ok("services", services.all(jurisdictions.of(parameters.get("jurisdiction_id"))));
	}

	@Operation(summary = "Open311 service definition: the attributes a service asks for")
	@GetMapping("/services/{code:[^.]+}.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(required = false) Map<String, String> parameters) {
		Format answer = Format.of(format);
		return answer.ok("service_definition",
				services.definition(code, jurisdictions.of(parameters.get("jurisdiction_id"))));
	}

	@Operation(summary = "Open311: submit a service request, form-encoded, with the api_key of an account that may "
			+ "create cases")
	@PostMapping("/requests.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	ResponseEntity<String> submit(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Format answer = Format.of(format);
		return answer.ok("service_requests", submission.submit(form, idempotencyKey));
	}

	@Operation(summary = "Open311: one service request, without anything about its reporter")
	@GetMapping("/requests/{id:[^.]+}.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(required = false) Map<String, String> parameters) {
		Format answer = Format.of(format);
		return answer.ok("service_requests",
				List.of(requests.one(id, jurisdictions.of(parameters.get("jurisdiction_id")))));
	}

	@Operation(summary = "Open311: the service_request_id a submission's token stands for")
	@GetMapping("/tokens/{token:[^.]+}.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(required = false) Map<String, String> parameters) {
		Format answer = Format.of(format);
		jurisdictions.check(parameters.get("jurisdiction_id"));
		return answer.ok("service_requests", List.of(tokens.resolve(token)));
	}

	@Operation(summary = "Open311: citizens' service requests by id, service, time window and status; at most 1,000")
	@GetMapping("/requests.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	ResponseEntity<String> requests(@PathVariable String format,
			@RequestParam(required = false) Map<String, String> parameters) {
		Format answer = Format.of(format);
		return answer.ok("service_requests",
				listing.list(parameters, jurisdictions.of(parameters.get("jurisdiction_id"))));
	}

	@Operation(summary = "Open311 extension: changes of state on citizens' requests in a window, at most 1,000")
	@GetMapping("/servicerequestupdates.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	ResponseEntity<String> updates(@PathVariable String format,
			@RequestParam(required = false) Map<String, String> parameters) {
		Format answer = Format.of(format);
		return answer.ok("service_request_updates",
				updates.list(parameters, jurisdictions.of(parameters.get("jurisdiction_id"))));
	}

	@Operation(summary = "Open311 extension: a reporter's follow-up on a citizen's request, form-encoded, with the "
			+ "api_key of an account that may create cases; it never moves the case by itself")
	@PostMapping("/servicerequestupdates.{format}")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	ResponseEntity<String> addUpdate(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
		Format answer = Format.of(format);
		return answer.ok("service_request_updates", updateSubmission.submit(form));
	}

	@Operation(summary = "Open311: anything else under /open311/v2 is the spec's 404, in the format its path asks for")
	@RequestMapping("/**")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	ResponseEntity<String> unknown() {
		throw Open311Failure.notFound("There is no such Open311 resource; see discovery.xml or discovery.json");
	}
}
