package org.onegrid.cases;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Urgency;
import org.onegrid.geo.Crs;

/**
 * Checks an action's request field by field and turns it into the step to take on the case. Every bad field is
 * listed at once, and nothing is read or written before the request is known to be complete.
 */
final class ActionCheck {

	private static final int MAX_REASON = 500;

	private final List<Violation> violations = new ArrayList<>();

	private final ActionRequest r;

	private ActionCheck(ActionRequest request) {
		this.r = request;
	}

	/** What an action does to a case, with its checked values. */
	interface Step {

		void apply(Case c, Actor actor, CaseRules rules);
	}

	static Step check(CaseAction action, ActionRequest request, Catalogue catalogue) {
		ActionCheck check = new ActionCheck(request);
		Step step = check.step(action, catalogue);
		Fields.failIfAny(check.violations);
		return step;
	}

	/**
	 * Who acts: the signed-in caller, in the role they name if it is one of theirs, else their first role. Only an
	 * in-process system caller may name another actor.
	 */
	static Actor actor(ActionRequest request, Grant grant) {
		String role = Fields.blankToNull(request.role());
		if (grant.system()) {
			String name = Fields.blankToNull(request.actor());
			return new Actor(name == null ? grant.username() : name, role == null ? "system" : role);
		}
		return new Actor(grant.username(), role != null && grant.roles().contains(role) ? role
				: grant.roles().isEmpty() ? null : grant.roles().get(0));
	}

	private Step step(CaseAction action, Catalogue catalogue) {
		ReportCheck.optional(r.actor(), "actor", 64, violations);
		ReportCheck.optional(r.role(), "role", 40, violations);
		String note = ReportCheck.optional(r.note(), "note", ReportCheck.MAX_NOTE, violations);
		List<String> files = ReportCheck.attachments(r.attachments(), "attachments", violations);
		if (r.version() != null && r.version() < 1) {
			violations.add(new Violation("version", "OUT_OF_RANGE", "version starts at 1"));
		}
		return switch (action) {
			case VERIFY -> {
				boolean confirmed = required(r.confirmed(), "confirmed");
				String reason = confirmed ? optionalReason() : reason();
				yield (c, actor, rules) -> c.verify(actor, confirmed, reason, note, files, rules);
			}
			case ACCEPT -> (c, actor, rules) -> c.accept(actor, note, rules);
			case REJECT -> {
				String reason = reason();
				yield (c, actor, rules) -> c.reject(actor, reason, note, rules);
			}
			case FILE -> {
				confirmed(r.conditionMet(), "the filing condition (立案条件)");
				Kind kind = Fields.oneOf(Kind.class, r.kind(), "kind", r.minorCode() != null, violations);
				String minor = category(kind, catalogue);
				Urgency urgency = Fields.oneOf(Urgency.class, r.urgency(), "urgency", false, violations);
				Tier tier = Fields.oneOf(Tier.class, r.tier(), "tier", false, violations);
				yield (c, actor, rules) -> c.file(actor, kind, minor, urgency, tier, note, rules);
			}
			case DISPATCH -> {
				String lead = target(r.department(), "department", false);
				List<String> assisting = r.assistingDepartments() == null ? null : assisting();
				yield (c, actor, rules) -> c.dispatchTo(actor, lead, assisting, note, rules);
			}
			case SIGN -> (c, actor, rules) -> c.signFor(actor, note, rules);
			case COORDINATE -> {
				String lead = target(r.department(), "department", true);
				List<String> assisting = r.assistingDepartments() == null ? List.of() : assisting();
				yield (c, actor, rules) -> c.coordinate(actor, lead, assisting, note, rules);
			}
			case RETURN -> {
				String reason = reason();
				yield (c, actor, rules) -> c.returnToDispatcher(actor, reason, note, rules);
			}
			case FEEDBACK -> {
				Fields.text(r.note(), "note", ReportCheck.MAX_NOTE, violations);
				yield (c, actor, rules) -> c.feedback(actor, note, files, rules);
			}
			case ASSIST_FEEDBACK -> {
				String department = target(r.department(), "department", true);
				Fields.text(r.note(), "note", ReportCheck.MAX_NOTE, violations);
				yield (c, actor, rules) -> c.assistFeedback(actor, department, note, files, rules);
			}
			case CHECK -> {
				boolean passed = required(r.passed(), "passed");
				yield (c, actor, rules) -> c.check(actor, passed, note, files, rules);
			}
			case CLOSE -> {
				confirmed(r.conditionMet(), "the closing condition (结案条件)");
				yield (c, actor, rules) -> c.close(actor, note, rules);
			}
			case EVALUATE -> {
				Satisfaction answer = Fields.oneOf(Satisfaction.class, r.satisfaction(), "satisfaction", true,
						violations);
				yield (c, actor, rules) -> c.evaluate(actor, answer, note, rules);
			}
			case REQUEST_POSTPONEMENT -> {
				int days = days(catalogue.maxWorkingDays());
				String reason = reason();
				yield (c, actor, rules) -> c.requestPostponement(actor, days, reason, rules);
			}
			case REQUEST_SUSPENSION -> {
				String reason = reason();
				yield (c, actor, rules) -> c.requestSuspension(actor, reason, rules);
			}
			case REQUEST_VOID -> {
				String reason = reason();
				yield (c, actor, rules) -> c.requestVoid(actor, reason, rules);
			}
			case HAND_BACK -> {
				String reason = reason();
				yield (c, actor, rules) -> c.handBack(actor, reason, note, rules);
			}
			case APPROVE -> (c, actor, rules) -> c.approve(actor, note, rules);
			case DENY -> {
				String reason = reason();
				yield (c, actor, rules) -> c.deny(actor, reason, rules);
			}
			case RESUME -> (c, actor, rules) -> c.resume(actor, note, rules);
			case ESCALATE -> {
				String reason = reason();
				yield (c, actor, rules) -> c.escalate(actor, reason, note, rules);
			}
			case SUPERVISE -> {
				SupervisionNotice.Kind kind = Fields.oneOf(SupervisionNotice.Kind.class, r.noticeKind(),
						"noticeKind", false, violations);
				String addressee = target(r.addressee(), "addressee", false);
				Fields.text(r.note(), "note", ReportCheck.MAX_NOTE, violations);
				SupervisionNotice.Kind chosen = kind == null ? SupervisionNotice.Kind.SUPERVISE : kind;
				yield (c, actor, rules) -> c.supervise(actor, chosen, addressee, note, rules);
			}
			case ANSWER_SUPERVISION -> {
				int id = r.noticeId() == null ? 0 : r.noticeId();
				if (r.noticeId() == null) {
					violations.add(new Violation("noticeId", "REQUIRED", "noticeId is required"));
				}
				Fields.text(r.note(), "note", ReportCheck.MAX_NOTE, violations);
				yield (c, actor, rules) -> c.answerSupervision(actor, id, note, rules);
			}
			case ARBITRATE -> {
				target(r.department(), "department", true);
				assisting();
				yield null;
			}
			case RELOCATE -> {
				reason();
				ReportCheck.coordinate(r.lon(), "lon", 180, violations);
				ReportCheck.coordinate(r.lat(), "lat", 90, violations);
				if (r.crs() != null && Crs.parse(r.crs()).isEmpty()) {
					violations.add(new Violation("crs", "UNKNOWN", "crs is one of wgs84, gcj02, bd09, cgcs2000"));
				}
				yield null;
			}
			case MERGE -> {
				if (r.targetCaseId() == null) {
					violations.add(new Violation("targetCaseId", "REQUIRED", "targetCaseId is required"));
				}
				yield null;
			}
		};
	}

	private boolean required(Boolean value, String field) {
		if (value == null) {
			violations.add(new Violation(field, "REQUIRED", field + " is required (true or false)"));
			return false;
		}
		return value;
	}

	private void confirmed(Boolean value, String condition) {
		if (!Boolean.TRUE.equals(value)) {
			violations.add(new Violation("conditionMet", "NOT_CONFIRMED",
					"conditionMet must be true, confirming " + condition));
		}
	}

	private String reason() {
		Fields.text(r.reason(), "reason", MAX_REASON, violations);
		return Fields.blankToNull(r.reason());
	}

	private String optionalReason() {
		return ReportCheck.optional(r.reason(), "reason", MAX_REASON, violations);
	}

	/** A postponement's working days: at least one, at most the district's cap on handling. */
	private int days(int max) {
		if (r.days() == null || r.days() < 1 || r.days() > max) {
			violations.add(new Violation("days", "OUT_OF_RANGE", "days is a number of working days from 1 to " + max));
			return 0;
		}
		return r.days();
	}

	private String category(Kind kind, Catalogue catalogue) {
		String minor = Fields.blankToNull(r.minorCode());
		if (minor == null) {
			if (kind != null) {
				violations.add(new Violation("minorCode", "REQUIRED", "minorCode is required with kind"));
			}
			return null;
		}
		if (!minor.matches("[0-9]{4}")) {
			violations.add(new Violation("minorCode", "PATTERN", "minorCode is a minor class's 4 digits"));
		}
		else if (kind != null && !catalogue.exists(kind, minor)) {
			violations.add(new Violation("minorCode", "UNKNOWN_CATEGORY", "there is no " + kind + " minor class "
					+ minor));
		}
		return minor;
	}

	/** A department code, or {@code grid:<code>} for a grid's own platform. */
	String target(String value, String field, boolean requiredField) {
		String target = Fields.blankToNull(value);
		if (target == null) {
			if (requiredField) {
				violations.add(new Violation(field, "REQUIRED", field + " is required"));
			}
			return null;
		}
		if (!Fields.DEPARTMENT.matcher(target).matches() && !target.matches("grid:[^\\s]{1,64}")) {
			violations.add(new Violation(field, "PATTERN",
					field + " is a department code such as urban-management, or grid:<grid code>"));
		}
		return target;
	}

	List<String> assisting() {
		List<String> given = r.assistingDepartments() == null ? List.of() : r.assistingDepartments();
		if (given.size() > 10) {
			violations.add(new Violation("assistingDepartments", "SIZE", "at most 10 assisting departments"));
		}
		for (int i = 0; i < given.size(); i++) {
			target(given.get(i), "assistingDepartments[" + i + "]", true);
		}
		return given;
	}
}
