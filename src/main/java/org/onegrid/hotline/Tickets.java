package org.onegrid.hotline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.cases.Intake;
import org.onegrid.cases.NewCase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Takes hotline tickets in (热线工单受理). A ticket is stored first, so that none is ever lost; one whose category
 * words map to a class and that has a point becomes a case on its source's channel at once, through the cases
 * module's intake. Any other waits in the triage queue until a person chooses its class and place. A ticket number
 * a source sent before returns that ticket as it stands and makes no second case.
 */
@Service
public class Tickets {

	private static final Grant INTAKE = Grant.system("hotline");

	private final TicketRows rows;

	private final HotlineSources sources;

	private final CategoryMappings mappings;

	private final Intake intake;

	private final WorkingCalendar calendar;

	private final TicketViews views;

	private final Clock clock;

	Tickets(TicketRows rows, HotlineSources sources, CategoryMappings mappings, Intake intake,
			WorkingCalendar calendar, TicketViews views, Clock clock) {
		this.rows = rows;
		this.sources = sources;
		this.mappings = mappings;
		this.intake = intake;
		this.calendar = calendar;
		this.views = views;
		this.clock = clock;
	}

	/** The ticket as it stands, and whether this call stored it (false for a number sent before). */
	public record Receipt(Ticket ticket, boolean created) {
	}

	/** Takes a ticket in from the source; the caller needs {@code hotline:intake}. */
	public Receipt receive(String sourceCode, TicketRequest request, Grant grant) {
		grant.require("hotline:intake");
		HotlineSource source = sources.get(sourceCode);
		Instant reportedAt = TicketCheck.check(request, source);
		if (!source.accepting()) {
			return rows.byNumber(source.code(), request.ticketNo())
				.map(row -> new Receipt(views.of(row, grant), false))
				.orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "hotline-source-withdrawn", "Hotline source "
						+ source.code() + " was withdrawn at " + source.withdrawnAt()
						+ " and takes no new tickets; tickets it sent before are still answered"));
		}
		Instant replyDue = calendar.deadline(reportedAt, HotlineSources.limit(source));
		Optional<Long> stored = rows.insert(source.code(), request, reportedAt, replyDue, clock.instant());
		if (stored.isEmpty()) {
			return new Receipt(views.of(rows.byNumber(source.code(), request.ticketNo()).orElseThrow(), grant), false);
		}
		long id = stored.get();
		Optional<CategoryMapping> mapping = mappings.find(source.code(), request.category());
		if (mapping.isEmpty()) {
			rows.waitFor(id, "UNMAPPED_CATEGORY");
		}
		else if (request.lon() == null) {
			rows.waitFor(id, "NO_LOCATION");
		}
		else {
			open(id, source, request, mapping.get(), request.lon(), request.lat(), request.crs(), false);
		}
		return new Receipt(views.of(rows.byId(id).orElseThrow(), grant), true);
	}

	/** Tickets waiting for a person, oldest first; the caller needs {@code hotline:triage}. */
	public List<Ticket> triage(Grant grant) {
		grant.require("hotline:triage");
		return rows.triage(500).stream().map(row -> views.of(row, grant)).toList();
	}

	/**
	 * Makes a waiting ticket a case of the class the person chose, at the ticket's point or the one given; a
	 * ticket that is no longer waiting is refused with 409.
	 */
	public Ticket resolve(long ticketId, TriageDecision decision, Grant grant) {
		grant.require("hotline:triage");
		TicketRows.Row row = rows.byId(ticketId).orElseThrow(() -> ApiProblem.notFound("Ticket",
				Long.toString(ticketId)));
		if (!row.status().equals("TRIAGE")) {
			throw new ApiProblem(HttpStatus.CONFLICT, "ticket-not-waiting", "Ticket " + ticketId + " is "
					+ row.status() + " and no longer waits in triage");
		}
		CategoryMapping chosen = decision.check(row.request());
		Double lon = decision.lon() != null ? decision.lon() : row.request().lon();
		Double lat = decision.lat() != null ? decision.lat() : row.request().lat();
		String crs = decision.lon() != null ? decision.crs() : row.request().crs();
		open(ticketId, sources.get(row.source()), row.request(), chosen, lon, lat, crs, true);
		if (Boolean.TRUE.equals(decision.remember())) {
			mappings.learn(row.source(), row.request().category(), chosen);
		}
		return views.of(rows.byId(ticketId).orElseThrow(), grant);
	}

	/**
	 * Files the case through intake; the ticket's id is the request id, so a retry finds the same case. When
	 * intake refuses a ticket that came straight in, the ticket waits in triage with intake's reason; a person's
	 * choice that intake refuses is refused to that person.
	 */
	private void open(long id, HotlineSource source, TicketRequest request, CategoryMapping mapping, Double lon,
			Double lat, String crs, boolean byPerson) {
		Map<String, String> details = request.incidentNo() == null
				? Map.of("ticketNo", request.ticketNo().strip())
				: Map.of("ticketNo", request.ticketNo().strip(), "incidentNo", request.incidentNo().strip());
		NewCase report = new NewCase("hotline-ticket-" + id, source.channel(), details,
				request.caller() == null ? null
						: new NewCase.Reporter(request.caller().name(), request.caller().phone()),
				"hotline:" + source.code(), mapping.kind(), mapping.minorCode(), null, null, null,
				request.content().strip(), request.address(), lon, lat, crs, List.of(), false);
		try {
			rows.cased(id, intake.report(report, INTAKE).view().id());
		}
		catch (ApiProblem refused) {
			if (byPerson) {
				throw refused;
			}
			rows.waitFor(id, "INTAKE_REFUSED: " + refused.getMessage());
		}
	}
}
