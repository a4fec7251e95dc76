package org.onegrid.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * Which of the actions a case allows now this caller may take: their roles must permit the action, and the steps
 * that belong to the department a case was dispatched to (signing for it, returning it, feeding back, asking for
 * more time) are taken by that department's people, or by the people of the grid whose platform took it. A caller
 * whose scope is the whole district may act for anyone. Closing a case also needs the closing right its tier asks
 * for, where the district set one ({@link ClosingRights}). Screens show exactly these actions, and the same rule
 * refuses the others, so that no button answers 403.
 */
final class CallerFit {

	private static final Set<CaseAction> LEAD_ACTIONS = EnumSet.of(CaseAction.SIGN, CaseAction.COORDINATE, CaseAction.RETURN,
			CaseAction.FEEDBACK, CaseAction.REQUEST_POSTPONEMENT);

	private CallerFit() {
	}

	/** The slugs of the actions the case allows now and the caller may take. */
	static List<String> allowedSlugs(Case c, Grant grant, ClosingRights closing) {
		return c.allowedActions().stream()
			.filter(action -> may(c, action, grant)
					&& (action != CaseAction.CLOSE || closing.refusal(c, grant) == null))
			.map(CaseAction::slug)
			.toList();
	}

	/** Refuses with 403, saying why, when the caller's roles or place do not let them take the action. */
	static void require(Case c, CaseAction action, Grant grant, ClosingRights closing) {
		grant.require("case:" + action.slug());
		String refusal = action == CaseAction.CLOSE ? closing.refusal(c, grant) : null;
		if (refusal != null) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", refusal);
		}
		if (!acts(c, action, grant)) {
			String on = action == CaseAction.ASSIST_FEEDBACK ? "an assisting department still to feed back "
					+ c.assignment.outstanding() : "the lead '" + c.assignment.lead() + "'";
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "无权代为处置 / '" + action.slug()
					+ "' on this case is for the people of " + on + ", and you are not one of them");
		}
	}

	private static boolean may(Case c, CaseAction action, Grant grant) {
		return grant.permits("case:" + action.slug()) && acts(c, action, grant);
	}

	private static boolean acts(Case c, CaseAction action, Grant grant) {
		if (grant.all() || grant.system() || c.assignment == null) {
			return true;
		}
		if (LEAD_ACTIONS.contains(action)) {
			return belongs(c, c.assignment.lead(), grant);
		}
		if (action == CaseAction.ASSIST_FEEDBACK) {
			return c.assignment.outstanding().stream().anyMatch(department -> belongs(c, department, grant));
		}
		return true;
	}

	/** Whether the caller works for the target: its department, or the grid (or a grid above it) of its platform. */
	private static boolean belongs(Case c, String target, Grant grant) {
		if (!target.startsWith(Case.GRID_TARGET)) {
			return grant.departments().contains(target);
		}
		GridTrail trail = c.primaryTrail();
		int index = trail.indexOf(target.substring(Case.GRID_TARGET.length()));
		return index >= 0 && grant.seesGridPath(trail.layer(),
				trail.grids().subList(index, trail.grids().size()).stream().map(GridTrail.Step::code).toList());
	}
}
