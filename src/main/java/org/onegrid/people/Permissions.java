package org.onegrid.people;

import java.util.ArrayList;
import java.util.List;

/**
 * The permission strings a role can hold. Case actions are {@code case:<action>}; the rest guard personal data and
 * the district's configuration. A role naming anything else is refused, so that a typo cannot silently grant
 * nothing.
 */
public final class Permissions {

	/** The case actions, each permitted by {@code case:<action>}. */
	public static final List<String> CASE_ACTIONS = List.of("create", "read", "verify", "accept", "reject", "file",
			"arbitrate", "dispatch", "sign", "return", "feedback", "assist-feedback", "check", "close", "evaluate",
			"request-postponement", "request-suspension", "request-void", "approve", "deny", "resume", "merge",
			"escalate", "supervise", "answer-supervision", "hand-back", "coordinate", "relocate");

	/** Reporting from patrol as grid staff (channel PATROL), and closing what one fixed on the spot (自处理). */
	public static final String CASE_PATROL = "case:patrol";

	/** Entering reports from another system's channel: the 12345 hotline, 110, video alerts, leaders' instructions. */
	public static final String CASE_DECLARE_CHANNEL = "case:declare-channel";

	public static final String PII_READ = "pii:read";

	public static final String PEOPLE_MANAGE = "people:manage";

	public static final String CATALOGUE_MANAGE = "catalogue:manage";

	/** Loading yearly holiday schedules and editing single days of the working calendar. */
	public static final String CALENDAR_MANAGE = "calendar:manage";

	public static final String GRID_MANAGE = "grid:manage";

	public static final String ROSTER_MANAGE = "roster:manage";

	public static final String TRACK_READ = "track:read";

	/** Reading the staff directory: people, their grids, teams and team templates. */
	public static final String PEOPLE_READ = "people:read";

	/** Reading duty rosters and who is on duty. */
	public static final String ROSTER_READ = "roster:read";

	/** Reading grid layers in detail: grids, trees, exports and analyses. */
	public static final String GRID_READ = "grid:read";

	/** Creating and changing accounts. */
	public static final String ACCOUNT_MANAGE = "account:manage";

	/** Taking the alerts that reached nobody on duty from the command centre's queue. */
	public static final String ALERT_MANAGE = "alert:manage";

	/** Reading and verifying the audit log. */
	public static final String AUDIT_READ = "audit:read";

	/**
	 * Look-ups of people, vehicles, legal persons and property in the grids one serves (the 丽水 city-management grid
	 * plan).
	 */
	public static final String REGISTRY_QUERY = "registry:query";

	/** Reading the assessment's indicators, scores, rankings and published months. */
	public static final String ASSESSMENT_READ = "assessment:read";

	/** Closing a month of the assessment, which publishes its results as a new revision. */
	public static final String ASSESSMENT_MANAGE = "assessment:manage";

	/**
	 * Entering the offline part (线下考核) of the monthly assessment of the people in one's scope, never one's own; a
	 * grid's 指导员 or a unit's head, as the district grants it.
	 */
	public static final String ASSESSMENT_ASSESS = "assessment:assess";

	/**
	 * Keeping the GPS position in the photos one uploads; without it the position is removed from the file before
	 * it is stored.
	 */
	public static final String ATTACHMENT_KEEP_LOCATION = "attachment:keep-location";

	/** Managing the systems that receive case events as webhooks, and re-queueing their failed deliveries. */
	public static final String WEBHOOK_MANAGE = "webhook:manage";

	/** Watching the big-screen dashboard (一屏观天下): its figures and its live feed, within one's data scope. */
	public static final String DASHBOARD_READ = "dashboard:read";

	/** Importing historical cases from another system's records (a hotline's or a 311 service's CSV export). */
	public static final String HISTORY_IMPORT = "history:import";

	/**
	 * Loading a district profile, which rewrites the district's whole configuration at once; the system
	 * administrator's alone.
	 */
	public static final String PROFILE_LOAD = "profile:load";

	/** Sending tickets from a hotline or platform (12345, 12319, 110, the provincial platform) into OneGrid. */
	public static final String HOTLINE_INTAKE = "hotline:intake";

	/** Choosing the class of hotline tickets whose category words map to none. */
	public static final String HOTLINE_TRIAGE = "hotline:triage";

	/** Managing hotline sources and their category mappings. */
	public static final String HOTLINE_MANAGE = "hotline:manage";

	/** Reading the analysis' early warnings (hot spots, surges, recurring problems), within one's data scope. */
	public static final String ANALYSIS_READ = "analysis:read";

	/** Calling the roll (点名) of the people posted at a unit in one's scope. */
	public static final String ROLL_CALL_CALL = "rollcall:call";

	/** Reading the roll calls of the units in one's scope and their attendance. */
	public static final String ROLL_CALL_READ = "rollcall:read";

	/** Answering (报到) the roll calls that called oneself. */
	public static final String ROLL_CALL_ANSWER = "rollcall:answer";

	/** Calling the meetings (会商, 例会) of a unit in one's scope, writing their minutes and recording their decisions. */
	public static final String MEETING_CALL = "meeting:call";

	/** Reading the meetings of the units in one's scope, with their agenda, minutes and decisions. */
	public static final String MEETING_READ = "meeting:read";

	/** Setting the position checks and random spot checks (定位定时、随机督查) of grid workers. */
	public static final String SPOT_CHECK_MANAGE = "spotcheck:manage";

	/** Reading the position checks and spot checks of the grid workers of the units in one's scope. */
	public static final String SPOT_CHECK_READ = "spotcheck:read";

	/** Every permission string, case actions first. */
	public static final List<String> KNOWN;

	static {
		List<String> known = new ArrayList<>();
		CASE_ACTIONS.forEach(action -> known.add(caseAction(action)));
		known.addAll(List.of(CASE_PATROL, CASE_DECLARE_CHANNEL, PII_READ, PEOPLE_MANAGE, CATALOGUE_MANAGE, CALENDAR_MANAGE, GRID_MANAGE, ROSTER_MANAGE,
				TRACK_READ, REGISTRY_QUERY, PEOPLE_READ, ROSTER_READ, GRID_READ, ACCOUNT_MANAGE, AUDIT_READ,
				ALERT_MANAGE, ASSESSMENT_READ, ASSESSMENT_MANAGE, ASSESSMENT_ASSESS, ATTACHMENT_KEEP_LOCATION, WEBHOOK_MANAGE,
				DASHBOARD_READ, PROFILE_LOAD, HOTLINE_INTAKE, HOTLINE_TRIAGE, HOTLINE_MANAGE, HISTORY_IMPORT,
				ANALYSIS_READ));
		known.addAll(List.of(ROLL_CALL_CALL, ROLL_CALL_READ, ROLL_CALL_ANSWER));
		known.addAll(List.of(MEETING_CALL, MEETING_READ));
		known.addAll(List.of(SPOT_CHECK_MANAGE, SPOT_CHECK_READ));
		KNOWN = List.copyOf(known);
	}

	private Permissions() {
	}

	/** The permission for a case action, e.g. {@code case:dispatch}. */
	public static String caseAction(String action) {
		return "case:" + action;
	}
}
