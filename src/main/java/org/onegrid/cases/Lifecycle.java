package org.onegrid.cases;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.attachment.AttachmentReferences;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Responsibility;
import org.onegrid.catalogue.ResponsibilityLookup;
import org.onegrid.catalogue.ResponsibilityRule;
import org.onegrid.catalogue.RuleDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies actions to cases.
 * <p>
 * An action is checked field by field, then applied by the case itself, which refuses it with 409 and the allowed
 * actions if the case is not in a state that permits it. The case row is written only if nobody changed it since it
 * was read (optimistic versioning), together with its timeline entries in one transaction: a client that sent the
 * {@code version} it saw gets 409 with the current state when it lost the race; a client that sent none has its
 * action tried again on the fresh case, where it is applied if still allowed and refused with 409 otherwise. Domain
 * events are stored in the same transaction as the state, so an acknowledged step is never lost.
 */
@Service
public class Lifecycle {

	private static final int ATTEMPTS = 5;

	private final Cases cases;

	private final CaseRules rules;

	private final Catalogue catalogue;

	private final ResponsibilityLookup responsibilities;

	private final CaseViews views;

	private final CaseWriter writer;

	private final TransactionTemplate transactions;

	private final AttachmentReferences attachments;

	private final ClosingRights closing;

	private final Places places;

	Lifecycle(Cases cases, CaseRules rules, Catalogue catalogue, ResponsibilityLookup responsibilities,
			CaseViews views, CaseWriter writer, TransactionTemplate transactions, AttachmentReferences attachments,
			ClosingRights closing, Places places) {
		this.closing = closing;
		this.places = places;
		this.attachments = attachments;
		this.cases = cases;
		this.rules = rules;
		this.catalogue = catalogue;
		this.responsibilities = responsibilities;
		this.views = views;
		this.writer = writer;
		this.transactions = transactions;
	}

	/**
	 * Applies the action named by {@code slug} to case {@code id} for the grant's caller, who needs permission
	 * {@code case:<slug>} and the case in their scope (otherwise 403, or 404 for a case out of scope), and returns
	 * the case as it is afterwards. Stored files among the action's attachments must be ones the caller uploaded or
	 * may see ({@link AttachmentReferences}).
	 */
	public CaseView act(long id, String slug, ActionRequest request, Grant grant) {
		CaseAction action = CaseAction.fromSlug(slug)
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "There is no action '" + slug
					+ "'; the actions are " + List.of(CaseAction.values())));
		grant.require("case:" + action.slug());
		ActionCheck.Step step = ActionCheck.check(action, request, catalogue);
		if (action.carriesAttachments()) {
			List<Violation> violations = new ArrayList<>();
			attachments.check(request.attachments(), "attachments", grant, violations);
			Fields.failIfAny(violations);
		}
		Actor actor = ActionCheck.actor(request, grant);
		boolean together = action == CaseAction.MERGE || action == CaseAction.ARBITRATE
				|| action == CaseAction.RELOCATE;
		for (int attempt = 1;; attempt++) {
			try {
				return together ? transactions.execute(status -> once(id, action, step, actor, request, grant))
						: once(id, action, step, actor, request, grant);
			}
			catch (LostRace race) {
				if (request.version() != null || attempt == ATTEMPTS) {
					Case current = views.visible(id, grant);
					throw CaseConflict.stale(current.state, current.version, current.allowedSlugs(),
							request.version() == null ? race.version : request.version());
				}
			}
		}
	}

	private CaseView once(long id, CaseAction action, ActionCheck.Step step, Actor actor, ActionRequest request,
			Grant grant) {
		Cases.Loaded loaded = current(id, request.version(), grant);
		Case c = loaded.c();
		if (c.allowedActions().contains(action)) {
			CallerFit.require(c, action, grant, closing);
		}
		Cases.Loaded other = null;
		if (action == CaseAction.MERGE) {
			other = mergeTarget(c, request.targetCaseId(), grant);
			c.mergeInto(other.c(), actor, Fields.blankToNull(request.note()), rules);
		}
		else if (action == CaseAction.ARBITRATE) {
			c.arbitrate(actor, arbitration(c, request), Fields.blankToNull(request.note()), rules);
		}
		else if (action == CaseAction.RELOCATE) {
			c.require(CaseAction.RELOCATE);
			Place place = places.confirm(places.locate(request.lon(), request.lat(), Fields.blankToNull(request.crs())));
			c.relocate(place, place.primaryLayer(), actor, null, Fields.blankToNull(request.reason()),
					Fields.blankToNull(request.note()), rules);
		}
		else {
			step.apply(c, actor, rules);
		}
		List<TimelineEntry> timeline = save(c, loaded.timeline());
		if (other != null) {
			save(other.c(), other.timeline());
		}
		return views.of(c, timeline, grant);
	}

	/**
	 * The case as stored, in the grant's scope (404 otherwise) and at the version the request names, if it names
	 * one (409 otherwise).
	 */
	private Cases.Loaded current(long id, Integer version, Grant grant) {
		Cases.Loaded stored = views.loaded(id, grant);
		Case c = stored.c();
		if (version != null && version != c.version) {
			throw CaseConflict.stale(c.state, c.version, c.allowedSlugs(), version);
		}
		return stored;
	}

	private Cases.Loaded mergeTarget(Case c, long targetId, Grant grant) {
		c.require(CaseAction.MERGE);
		return cases.load(targetId, grant)
			.orElseThrow(() -> ApiProblem.invalidField("targetCaseId", "UNKNOWN", "there is no case " + targetId));
	}

	/** The arbitrated responsibility; when asked, recorded as a rule for the handling grid so it is not needed again. */
	private Responsibility arbitration(Case c, ActionRequest request) {
		c.require(CaseAction.ARBITRATE);
		List<String> assisting = request.assistingDepartments() == null ? List.of() : request.assistingDepartments();
		Long ruleId = null;
		if (Boolean.TRUE.equals(request.recordRule())) {
			ResponsibilityRule rule = responsibilities.add(new RuleDefinition(c.kind.name(), c.minorCode,
					c.primaryLayer, c.handlingGrid, request.department(), assisting,
					"仲裁决定 / Arbitrated on case " + c.id));
			ruleId = rule.id();
		}
		return new Responsibility(Responsibility.Basis.RULE, request.department(), assisting, ruleId, null,
				"仲裁决定 / Decided by arbitration" + (ruleId == null ? "" : ", recorded as rule #" + ruleId));
	}

	/** Writes the case with its events (see {@link CaseWriter}); the whole timeline, or a lost race. */
	private List<TimelineEntry> save(Case c, List<TimelineEntry> before) {
		int seen = c.version;
		return writer.write(c, before).orElseThrow(() -> new LostRace(seen));
	}

	/** Another writer changed the case between reading and writing it. */
	private static final class LostRace extends RuntimeException {

		private final int version;

		LostRace(int version) {
			super(null, null, false, false);
			this.version = version;
		}
	}
}
