package org.onegrid.hotline;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tickets from hotlines and platforms, and the triage queue of those that need a person. */
@Tag(name = "Hotline", description = "热线与平台工单 / Tickets from hotlines and platforms")
@RestController
@RequestMapping("/api/v1/hotline")
class HotlineController {

	private final Tickets tickets;

	private final Authorization authorization;

	HotlineController(Tickets tickets, Authorization authorization) {
		this.tickets = tickets;
		this.authorization = authorization;
	}

	@Operation(summary = "Take a ticket in (201), or get the ticket sent before with the same number (200)")
	@PostMapping("/{source}/tickets")
	@Allow(value = "hotline:intake", scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	ResponseEntity<Ticket> receive(@PathVariable String source, @RequestBody TicketRequest request) {
		Tickets.Receipt receipt = tickets.receive(source, request, authorization.current());
		if (!receipt.created()) {
			return ResponseEntity.ok(receipt.ticket());
		}
		return ResponseEntity.created(URI.create("/api/v1/hotline/tickets/" + receipt.ticket().id()))
			.body(receipt.ticket());
	}

	@Operation(summary = "Tickets waiting for a person to choose their class or place, oldest first")
	@GetMapping("/triage")
	@Allow(value = "hotline:triage", scope = AccessScope.DISTRICT)
	List<Ticket> triage() {
		return tickets.triage(authorization.current());
	}

	@Operation(summary = "Make a waiting ticket a case of the chosen class")
	@PostMapping("/triage/{id}/resolve")
	@Allow(value = "hotline:triage", scope = AccessScope.DISTRICT, audit = AuditClass.CASE)
	Ticket resolve(@PathVariable long id, @RequestBody TriageDecision decision) {
		return tickets.resolve(id, decision, authorization.current());
	}
}
