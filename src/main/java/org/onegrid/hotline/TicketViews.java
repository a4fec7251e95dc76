package org.onegrid.hotline;

import java.util.Map;

import org.onegrid.access.AuditLog;
import org.onegrid.access.Grant;
import org.onegrid.access.Masking;
import org.springframework.stereotype.Component;

/**
 * Shows stored tickets with the caller's phone and the contact masked unless the reader may read personal
 * information ({@code pii:read}); every unmasked read by a person is audited, as for a case's reporter.
 */
@Component
class TicketViews {

	private final AuditLog audit;

	TicketViews(AuditLog audit) {
		this.audit = audit;
	}

	Ticket of(TicketRows.Row row, Grant grant) {
		TicketRequest request = row.request();
		boolean unmasked = grant.permits("pii:read");
		if (unmasked && !grant.system()) {
			audit.record(grant.username(), "pii-read", "hotline-ticket:" + row.id(), Map.of("field", "caller"));
		}
		TicketRequest.Caller caller = request.caller();
		if (caller != null && caller.phone() != null && !unmasked) {
			caller = new TicketRequest.Caller(caller.name(), Masking.phone(caller.phone()));
		}
		String contact = request.contact() == null || unmasked ? request.contact() : Masking.phone(request.contact());
		return new Ticket(row.id(), row.source(), request.ticketNo().strip(), row.status(), row.triageReason(),
				row.caseId(), request.category().strip(), caller, contact, request.address(), request.lon(),
				request.lat(), request.content(), request.incidentNo(), row.reportedAt(), row.replyDue(),
				row.receivedAt());
	}
}
