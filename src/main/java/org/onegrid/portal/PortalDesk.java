package org.onegrid.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.attachment.CitizenPhotos;
import org.onegrid.cases.ActionRequest;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseView;
import org.onegrid.cases.Channel;
import org.onegrid.cases.Intake;
import org.onegrid.cases.Lifecycle;
import org.onegrid.cases.NewCase;
import org.onegrid.cases.StateLabels;
import org.onegrid.cases.TimelineEntry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files, shows and rates citizens' reports for the portal. Every report is taken in on the citizen channel by the
 * portal itself; tracking and rating need the ticket number and its code, and an unknown ticket and a wrong code
 * get the same answer.
 */
@Service
class PortalDesk {

	/** The steps a citizen sees; handling inside the departments is summed up by the state. */
	private static final Set<String> PUBLIC_STEPS = Set.of("report", "accept", "verify", "dispatch", "handle",
			"check", "close", "evaluate", "reject", "void", "merge");

	private static final Grant PORTAL = Grant.system("citizen-portal");

	private final Intake intake;

	private final CaseSearch search;

	private final Lifecycle lifecycle;

	private final StateLabels labels;

	private final PortalTickets tickets;

	private final PortalPhotos photos;

	private final PortalDistricts served;

	PortalDesk(Intake intake, CaseSearch search, Lifecycle lifecycle, StateLabels labels, PortalTickets tickets,
			PortalPhotos photos, PortalDistricts served) {
		this.served = served;
		this.photos = photos;
		this.intake = intake;
		this.search = search;
		this.lifecycle = lifecycle;
		this.labels = labels;
		this.tickets = tickets;
	}

	/** The answer to a report: its ticket number and the tracking code, shown this once. */
	record Filed(String caseNo, String code) {
	}

	/**
	 * Files the report with its photos (none, or up to three). The photos are stored only once the form is
	 * found complete, and removed again when the report is not filed after all.
	 */
	Filed report(PortalReport form, List<MultipartFile> files) {
		List<Violation> violations = new ArrayList<>();
		Fields.text(form.requestId(), "requestId", 100, violations);
		String name = Fields.blankToNull(form.contactName());
		String phone = Fields.blankToNull(form.contactPhone());
		if (name != null) {
			Fields.text(name, "contactName", Fields.MAX_NAME, violations);
		}
		if (phone != null) {
			Fields.text(phone, "contactPhone", 30, violations);
		}
		if (form.requestId() == null || form.requestId().isBlank()) {
			violations.add(new Violation("requestId", "REQUIRED", "requestId is required"));
		}
		if (form.description() == null || form.description().isBlank()) {
			violations.add(new Violation("description", "REQUIRED", "Describe the problem"));
		}
		served.checkOffered(form, violations);
		Fields.failIfAny(violations);
		List<String> kept = photos.keep(files);
		Intake.Receipt receipt;
		try {
			receipt = intake.report(newCase(form, name, phone, kept), PORTAL);
		}
		catch (RuntimeException e) {
			photos.discard(kept);
			throw e;
		}
		if (!receipt.created()) {
			photos.discard(kept);
			throw new ApiProblem(HttpStatus.CONFLICT, "request-id-reused",
					"This report was already filed; its tracking code was shown then");
		}
		CaseView view = receipt.view();
		return new Filed(view.caseNo(), tickets.issue(view.id(), view.caseNo()));
	}

	private static NewCase newCase(PortalReport form, String name, String phone, List<String> attachments) {
		return new NewCase("portal-" + form.requestId(), Channel.CITIZEN.name(), null,
				name == null && phone == null ? null : new NewCase.Reporter(name, phone), null, form.kind(),
				form.minorCode(), null, null, null, form.description(), form.address(), form.lon(), form.lat(), null,
				attachments, false);
	}

	PublicCase track(String caseNo, String code) {
		return show(search.get(caseId(caseNo, code), PORTAL));
	}

	/** A photo of the report, by its number, for whoever holds the tracking code. */
	CitizenPhotos.Photo photo(String caseNo, String code, int number) {
		return photos.open(search.get(caseId(caseNo, code), PORTAL), number);
	}

	PublicCase rate(PortalRating rating) {
		long id = caseId(rating.caseNo(), rating.code());
		List<Violation> violations = new ArrayList<>();
		Fields.oneOf(org.onegrid.cases.Satisfaction.class, rating.satisfaction(), "satisfaction", true, violations);
		if (Fields.blankToNull(rating.comment()) != null) {
			Fields.text(rating.comment(), "comment", Fields.MAX_TEXT, violations);
		}
		Fields.failIfAny(violations);
		CaseView view = search.get(id, PORTAL);
		if (!view.allowedActions().contains("evaluate") || !tickets.markRated(id)) {
			throw new ApiProblem(HttpStatus.CONFLICT, "not-rateable",
					"只有已结案且尚未评价的案件可以评价 / Only a closed case not yet rated can be rated");
		}
		String comment = Fields.blankToNull(rating.comment());
		ActionRequest evaluate = new ActionRequest(null, "citizen", null, comment, null, null, null, null,
				null, null, null, null, null, null, null, null, rating.satisfaction().strip().toUpperCase(), null,
				null, null, null, null);
		return show(lifecycle.act(id, "evaluate", evaluate, PORTAL));
	}

	private long caseId(String caseNo, String code) {
		return tickets.open(caseNo, code).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "not-found",
				"没有找到与此编号和查询码相符的案件 / No case matches this ticket number and tracking code"));
	}

	private PublicCase show(CaseView view) {
		List<PublicCase.Step> steps = view.timeline().stream()
			.filter(entry -> PUBLIC_STEPS.contains(entry.action()))
			.map(entry -> step(entry))
			.toList();
		return new PublicCase(view.caseNo(), view.state().name(), view.stateName().zh(), view.stateName().en(),
				view.minorCode(), view.description(), view.reportedAt(),
				view.clock() == null ? null : view.clock().deadline(), view.closedAt(),
				view.allowedActions().contains("evaluate"),
				view.satisfaction() == null ? null : view.satisfaction().name(), steps, photos.of(view));
	}

	private PublicCase.Step step(TimelineEntry entry) {
		var label = labels.of(entry.to());
		return new PublicCase.Step(entry.action(), label.zh(), label.en(), entry.at());
	}
}
