package org.onegrid.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonView;
import org.onegrid.access.Grant;
import org.onegrid.catalogue.AreaClass;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Responsibility;
import org.onegrid.catalogue.Stage;
import org.onegrid.catalogue.Urgency;

/**
 * The case aggregate: its fixed lifecycle and everything that happened to it.
 * <p>
 * Every step is a method that first checks the step is allowed now ({@link #allowedActions()}), then changes the
 * state, restarts or stops the stage clock, and records one timeline entry and any domain event. There is no way to
 * set a state directly. Steps that need the district's rules or the time take a {@link CaseRules}.
 * <p>
 * The main path (report → verify → accept → file → dispatch → sign → feedback → check → close → evaluate) and the
 * side paths (return, rework, postpone, suspend, void, merge, escalate, joint handling, supervision) are all here,
 * so that one class shows the whole lifecycle.
 * <p>
 * Fields marked {@code @JsonView(CaseJson.Report.class)} are what the report fixed at intake: they are stored once,
 * apart from the rest, and no step changes them but a move to other grids ({@link #relocate}), which stores its
 * point and grids again. Those marked {@code CaseJson.Steps} are written at every step; a field marked neither is
 * stored with both.
 */
final class Case {

	/** The prefix of a dispatch target that is a grid's own platform (属地), such as {@code grid:310117001}. */
	static final String GRID_TARGET = "grid:";

	/** The timeline action of a reporter's follow-up note. */
	static final String FOLLOW_UP = "follow-up";

	@JsonIgnore
	Long id;

	@JsonIgnore
	int version;

	/** The reporting day and the case's place in that day's sequence, which make its number. */
	@JsonIgnore
	LocalDate numberDay;

	@JsonIgnore
	long dayNumber;

	@JsonView(CaseJson.Steps.class)
	CaseState state;

	/** The state a suspended case returns to. */
	@JsonView(CaseJson.Steps.class)
	CaseState resumeState;

	@JsonView(CaseJson.Report.class)
	Channel channel;

	/**
	 * The district's own channel the case came in on, whose rules are those of {@link #channel}; none for a built-in
	 * one.
	 */
	@JsonView(CaseJson.Report.class)
	String source;

	@JsonView(CaseJson.Report.class)
	Map<String, String> channelDetails;

	@JsonView(CaseJson.Report.class)
	NewCase.Reporter reporter;

	@JsonView(CaseJson.Report.class)
	String reportedBy;

	@JsonView(CaseJson.Steps.class)
	Kind kind;

	@JsonView(CaseJson.Steps.class)
	String minorCode;

	/**
	 * The category as reported, kept when filing corrects it: what analysis of reports counts the case as. Cases
	 * stored before it was kept have none and count as their current category.
	 */
	@JsonView(CaseJson.Report.class)
	Kind reportedKind;

	@JsonView(CaseJson.Report.class)
	String reportedMinorCode;

	@JsonView(CaseJson.Steps.class)
	Urgency urgency;

	@JsonView(CaseJson.Steps.class)
	Tier tier;

	@JsonView(CaseJson.Report.class)
	AreaClass areaClass;

	@JsonView(CaseJson.Report.class)
	String description;

	@JsonView(CaseJson.Report.class)
	String address;

	@JsonView(CaseJson.Report.class)
	double lon;

	@JsonView(CaseJson.Report.class)
	double lat;

	@JsonView(CaseJson.Report.class)
	List<String> attachments;

	@JsonView(CaseJson.Report.class)
	List<GridTrail> trails;

	/** The layer whose trail decides responsibility and escalation. */
	@JsonView(CaseJson.Report.class)
	String primaryLayer;

	/** The grid member the case lies on, such as a road section, or null. */
	@JsonView(CaseJson.Report.class)
	CaseMember member;

	/** The grid of the primary trail whose level handles the case now. */
	@JsonView(CaseJson.Steps.class)
	String handlingGrid;

	@JsonView(CaseJson.Steps.class)
	Responsibility responsibility;

	@JsonView(CaseJson.Steps.class)
	Assignment assignment;

	@JsonView(CaseJson.Steps.class)
	PendingRequest pending;

	@JsonView(CaseJson.Steps.class)
	List<SupervisionNotice> notices = new ArrayList<>();

	@JsonView(CaseJson.Report.class)
	List<Long> duplicateCandidates = new ArrayList<>();

	@JsonView(CaseJson.Steps.class)
	Long mergedInto;

	@JsonView(CaseJson.Steps.class)
	List<Long> absorbed = new ArrayList<>();

	@JsonView(CaseJson.Report.class)
	boolean selfHandled;

	@JsonView(CaseJson.Steps.class)
	int reworkCount;

	@JsonView(CaseJson.Steps.class)
	int returnCount;

	@JsonView(CaseJson.Steps.class)
	int escalationCount;

	@JsonView(CaseJson.Steps.class)
	int postponedDays;

	@JsonView(CaseJson.Steps.class)
	Satisfaction satisfaction;

	/** Whether the last feedback came within the handling deadline. */
	@JsonView(CaseJson.Steps.class)
	boolean handledOnTime;

	@JsonView(CaseJson.Steps.class)
	StageClock clock;

	/** Why the current stage has no clock although it has a limit, such as a missing holiday schedule. */
	@JsonView(CaseJson.Steps.class)
	String clockWarning;

	@JsonView(CaseJson.Report.class)
	Instant reportedAt;

	@JsonView(CaseJson.Steps.class)
	Instant handlingStartedAt;

	@JsonView(CaseJson.Steps.class)
	Instant closedAt;

	@JsonView(CaseJson.Steps.class)
	int timelineSize;

	@JsonIgnore
	final List<TimelineEntry> newEntries = new ArrayList<>();

	@JsonIgnore
	final List<Object> events = new ArrayList<>();

	/** Whether a step moved the case to other grids, which its writer then moves its report and counts to. */
	@JsonIgnore
	boolean relocated;

	/** Recorded from another system's records, not reported now; only while it is being recorded. */
	@JsonIgnore
	boolean historical;

	Case() {
	}

	/**
	 * 上报: a new case of a checked report at its place, reported now. Its handling grid follows its tier, its area
	 * class the reporter's word or else its grids'. A report from a channel that needs verification waits for the
	 * grid's worker ({@code verifyFirst}); a grid worker's self-handled report is closed at once, with no clock.
	 */
	static Case report(Report report, Place place, boolean verifyFirst, CaseRules rules) {
		return report(report, place, verifyFirst, rules, null);
	}

	/** As {@link #report}, with the report's entry recorded as {@code enteredBy}'s when it names no reporter. */
	private static Case report(Report report, Place place, boolean verifyFirst, CaseRules rules, Actor enteredBy) {
		Case c = new Case();
		c.channel = report.channel();
		c.source = report.source();
		c.channelDetails = report.channelDetails();
		c.reporter = report.reporter();
		c.reportedBy = report.reportedBy();
		c.kind = report.kind();
		c.minorCode = report.minorCode();
		c.reportedKind = report.kind();
		c.reportedMinorCode = report.minorCode();
		c.urgency = report.urgency();
		c.tier = report.tier();
		c.description = report.description();
		c.address = report.address();
		c.attachments = report.attachments();
		c.selfHandled = report.selfHandled();
		c.lon = place.lon();
		c.lat = place.lat();
		c.trails = place.trails();
		c.primaryLayer = place.primaryLayer();
		c.member = place.member();
		c.areaClass = report.areaClass() != null ? report.areaClass() : rules.areaClass(c.primaryTrail());
		c.handlingGrid = c.coordinated(rules.handlingGrid(c.primaryTrail(), c.tier));
		Instant now = rules.now();
		c.reportedAt = now;
		c.state = CaseState.REPORTED;
		Actor reporter = c.reportedBy == null && enteredBy != null ? enteredBy
				: new Actor(c.reportedBy, c.channel.name().toLowerCase(Locale.ROOT));
		if (c.selfHandled) {
			c.record("report", CaseState.REPORTED, reporter, now, c.description, c.attachments, null);
			c.record("self-handle", CaseState.CLOSED, reporter, now, null, c.attachments, null);
			c.closedAt = now;
		}
		else {
			c.record("report", verifyFirst ? CaseState.AWAITING_VERIFICATION : CaseState.REPORTED, reporter, now,
					c.description, c.attachments, details("channel", c.channelCode(), "channelDetails", c.channelDetails));
			c.startStage(rules);
		}
		return c;
	}

	/** The code of the channel the case came in on: the district's own one, or the built-in one. */
	String channelCode() {
		return source != null ? source : channel.name();
	}

	/**
	 * A case that happened before OneGrid kept it, reported at its original time (the rules answer as of then). It
	 * starts where intake's report would; once it has its id, {@link #replay} takes it the rest of its way. When the
	 * source did not keep who reported it, its report is recorded as entered by {@code importer}, whose work it was
	 * not.
	 */
	static Case historical(Report report, Place place, Instant reportedAt, CaseRules rules, Actor importer) {
		Case c = report(report, place, false, new RulesAt(rules, reportedAt), importer);
		c.historical = true;
		return c;
	}

	/**
	 * Takes a {@linkplain #historical historical} case through the steps it went through, each at its original time:
	 * accepted, filed and dispatched when it was dispatched; signed for then too when its department took it up;
	 * signed for, fed back, checked and closed when it was closed, and evaluated when the citizen answered the
	 * callback, if the source kept the answer. Every step checks its state, records its timeline entry and adds its
	 * event, exactly as the live steps do.
	 */
	void replay(Actor actor, HistoricalCase history, CaseRules rules) {
		CaseRules dispatched = new RulesAt(rules, history.dispatched());
		String note = "历史导入 / Imported from " + history.sourceKey();
		accept(actor, note, dispatched);
		file(actor, null, null, null, null, note, dispatched);
		dispatchTo(actor, history.department(), List.of(), note, dispatched);
		if (history.outcome() == HistoricalCase.Outcome.HANDLING) {
			signFor(actor, note, dispatched);
		}
		else if (history.outcome() == HistoricalCase.Outcome.CLOSED) {
			CaseRules closed = new RulesAt(rules, history.closedAt());
			signFor(actor, note, closed);
			feedback(actor, note, null, closed);
			check(actor, true, note, null, closed);
			close(actor, note, closed);
			if (history.satisfaction() != null) {
				evaluate(actor, history.satisfaction(), note, new RulesAt(rules, history.evaluated()));
			}
		}
	}

	/**
	 * Brings a {@linkplain #historical historical} case's light to what {@code now} deserves, recording each turn
	 * the sweep would have made at the instant it fell due, as the system's: yellow at the warning time, red at the
	 * deadline. No event is raised: the turns lie in another system's past, so nobody is alerted or supervised as if
	 * they were news, and the sweep finds nothing left to turn.
	 */
	void catchUpLight(Instant now) {
		if (clock == null || clock.pausedRemainingSeconds() != null) {
			return;
		}
		if (clock.light() == Light.GREEN && !now.isBefore(clock.warnAt())
				&& clock.warnAt().isBefore(clock.deadline())) {
			turnLight(Light.YELLOW, clock.warnAt());
		}
		if (clock.light() != Light.RED && !now.isBefore(clock.deadline())) {
			turnLight(Light.RED, clock.deadline());
		}
	}

	private void turnLight(Light light, Instant at) {
		clock = clock.withLight(light);
		record(light == Light.RED ? "light-red" : "light-yellow", state, Actor.SYSTEM, at, null, null,
				Map.of("stage", clock.stage().name(), "deadline",
						clock.deadline().truncatedTo(ChronoUnit.SECONDS).toString()));
	}

	/** Announces the report once it has its id: {@link CaseReported}, and {@link CaseClosed} when self-handled. */
	void announceReport() {
		events.add(new CaseReported(id, channel, kind, minorCode, handlingGrid, reportedBy, selfHandled, reportedAt,
				primaryLayer, gridsUpToHandling(), source, lon, lat, historical));
		if (selfHandled) {
			events.add(new CaseClosed(id, reportedAt, null, 0, true, true, timelineSize, channelCode(),
					historical));
		}
	}

	/** The primary trail's grid codes from the leaf up to the handling grid. */
	private List<String> gridsUpToHandling() {
		GridTrail trail = primaryTrail();
		int top = trail.indexOf(handlingGrid);
		return trail.grids().subList(0, top < 0 ? trail.grids().size() : top + 1).stream()
			.map(GridTrail.Step::code)
			.toList();
	}

	/** When the running stage's limit runs out, or {@code null} when no clock runs. */
	private Instant stageDeadline() {
		return clock == null ? null : clock.deadline();
	}

	/** Flags open cases near a new report as possible duplicates, before the report is stored. */
	void flagDuplicates(List<Long> candidates) {
		if (id != null) {
			throw new IllegalStateException("a stored case's duplicate candidates are fixed");
		}
		duplicateCandidates = new ArrayList<>(candidates);
	}

	/** The actions allowed now: by state, then by open requests, notices and joint handling. */
	Set<CaseAction> allowedActions() {
		Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
		switch (state) {
			case AWAITING_VERIFICATION -> allowed.addAll(List.of(CaseAction.VERIFY, CaseAction.REJECT));
			case REPORTED -> allowed.addAll(List.of(CaseAction.ACCEPT, CaseAction.REJECT));
			case ACCEPTED -> allowed.add(CaseAction.FILE);
			case ARBITRATION -> allowed.add(CaseAction.ARBITRATE);
			case FILED, RETURNED -> allowed.add(CaseAction.DISPATCH);
			case DISPATCHED -> {
				allowed.addAll(List.of(CaseAction.SIGN, CaseAction.RETURN));
				if (assignment.coordinating()) {
					allowed.add(CaseAction.COORDINATE);
				}
			}
			case HANDLING -> {
				allowed.add(assignment.outstanding().isEmpty() ? CaseAction.FEEDBACK : CaseAction.ASSIST_FEEDBACK);
				if (pending == null) {
					allowed.add(CaseAction.REQUEST_POSTPONEMENT);
				}
			}
			case HANDLED -> allowed.add(CaseAction.CHECK);
			case CHECKED -> allowed.add(CaseAction.CLOSE);
			case CLOSED -> {
				if (satisfaction == null) {
					allowed.add(CaseAction.EVALUATE);
				}
			}
			case SUSPENDED -> allowed.add(CaseAction.RESUME);
			default -> {
			}
		}
		if (state.isOpen()) {
			if (EnumSet.of(CaseState.ACCEPTED, CaseState.ARBITRATION, CaseState.FILED, CaseState.RETURNED,
					CaseState.DISPATCHED, CaseState.HANDLING).contains(state) && parentOfHandlingGrid() != null) {
				allowed.add(CaseAction.ESCALATE);
			}
			if (pending == null && state != CaseState.SUSPENDED) {
				allowed.addAll(List.of(CaseAction.REQUEST_SUSPENSION, CaseAction.REQUEST_VOID, CaseAction.MERGE,
						CaseAction.RELOCATE));
				if (channel == Channel.POLICE_110) {
					allowed.add(CaseAction.HAND_BACK);
				}
			}
			if (pending != null) {
				allowed.addAll(List.of(CaseAction.APPROVE, CaseAction.DENY));
			}
			allowed.add(CaseAction.SUPERVISE);
			if (notices.stream().anyMatch(SupervisionNotice::isOpen)) {
				allowed.add(CaseAction.ANSWER_SUPERVISION);
			}
		}
		return allowed;
	}

	List<String> allowedSlugs() {
		return allowedActions().stream().map(CaseAction::slug).toList();
	}

	/** Refuses with 409 unless the action is allowed now. */
	void require(CaseAction action) {
		if (!allowedActions().contains(action)) {
			throw CaseConflict.illegal(state, version, allowedSlugs(),
					"'" + action.slug() + "' is not allowed while the case is " + state);
		}
	}

	/** Refuses with 409 for a reason the state alone does not show. */
	CaseConflict conflict(String detail) {
		return CaseConflict.illegal(state, version, allowedSlugs(), detail);
	}

	/** Moves to {@code to} and records the step. */
	void record(String action, CaseState to, Actor actor, Instant at, String note, List<String> files,
			Map<String, Object> details) {
		CaseState from = state;
		state = to;
		timelineSize++;
		newEntries.add(new TimelineEntry(timelineSize, action, from, to, actor.id(), actor.role(), at, note, files,
				details));
	}

	/** Starts the clock of the stage the current state belongs to, from now. */
	void startStage(CaseRules rules) {
		Stage stage = state.stage();
		setClock(() -> stage == null ? null
				: rules.clock(stage, rules.now(), kind, minorCode, areaClass, urgency, trails), rules);
	}

	/**
	 * Sets the clock; the working calendar always answers, estimating in a year without a holiday schedule, and the
	 * case then says that its deadline is an estimate.
	 */
	private void setClock(Supplier<StageClock> next, CaseRules rules) {
		clock = next.get();
		clockWarning = clock == null ? null : rules.estimated(clock);
	}

	/** Recomputes the running clock from its start, after the category or urgency changed. */
	void restartStageFromItsStart(CaseRules rules) {
		if (clock != null && clock.pausedRemainingSeconds() == null) {
			StageClock running = clock;
			setClock(() -> {
				StageClock next = rules.clock(running.stage(), running.startedAt(), kind, minorCode, areaClass,
						urgency, trails);
				return next == null ? null : next.withLight(next.lightAt(rules.now()));
			}, rules);
		}
	}

	/** The primary trail from {@code code} upwards, as the matrix sees a case handled at that level. */
	GridTrail fromGrid(String code) {
		GridTrail trail = primaryTrail();
		return new GridTrail(trail.layer(), trail.grids().subList(trail.indexOf(code), trail.grids().size()));
	}

	GridTrail primaryTrail() {
		return trails.stream().filter(trail -> trail.layer().equals(primaryLayer)).findFirst().orElseThrow();
	}

	/**
	 * The grid that handles the case when {@code byRule} would: the grid of a coordinated member the case lies on
	 * where that grid is higher on the primary trail, since the member's grid coordinates what spans its committees.
	 */
	private String coordinated(String byRule) {
		if (member == null || !member.coordinated() || !member.layer().equals(primaryLayer)) {
			return byRule;
		}
		GridTrail trail = primaryTrail();
		return trail.indexOf(member.grid()) > trail.indexOf(byRule) ? member.grid() : byRule;
	}

	/** The grid above the handling grid on the primary trail, or {@code null} at the top. */
	String parentOfHandlingGrid() {
		GridTrail trail = primaryTrail();
		int index = trail.indexOf(handlingGrid);
		return index < 0 || index + 1 >= trail.grids().size() ? null : trail.grids().get(index + 1).code();
	}

	/** Whether the grant's scope covers this case. */
	boolean visibleTo(Grant grant) {
		return grant.sees(Cases.gridKeys(this), departments(), reportedBy);
	}

	/** Every department on the case, for searching by department. */
	List<String> departments() {
		return assignment == null ? List.of() : assignment.departments();
	}

	static Map<String, Object> details(Object... keysAndValues) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				details.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return details;
	}

	// ---- main path -------------------------------------------------------------------------------------------

	void verify(Actor actor, boolean confirmed, String reason, String note, List<String> files, CaseRules rules) {
		require(CaseAction.VERIFY);
		Instant deadline = stageDeadline();
		record(CaseAction.VERIFY.slug(), confirmed ? CaseState.REPORTED : CaseState.REJECTED, actor, rules.now(),
				note, files, details("confirmed", confirmed, "reason", reason));
		if (!confirmed) {
			clock = null;
		}
		events.add(new CaseVerified(id, timelineSize, actor.person(), confirmed, rules.now(), deadline));
	}

	void accept(Actor actor, String note, CaseRules rules) {
		require(CaseAction.ACCEPT);
		Instant deadline = stageDeadline();
		record(CaseAction.ACCEPT.slug(), CaseState.ACCEPTED, actor, rules.now(), note, null, null);
		startStage(rules);
		events.add(new CaseAccepted(id, timelineSize, actor.person(), rules.now(), deadline));
	}

	void reject(Actor actor, String reason, String note, CaseRules rules) {
		require(CaseAction.REJECT);
		record(CaseAction.REJECT.slug(), CaseState.REJECTED, actor, rules.now(), note, null,
				details("reason", reason));
		clock = null;
		events.add(new CaseRejected(id, timelineSize, actor.person(), rules.now()));
	}

	/**
	 * 立案 against the filing condition, optionally recategorised into a category the case's district offers; the
	 * responsibility matrix then decides whether the case can be dispatched or needs arbitration.
	 */
	void file(Actor actor, Kind newKind, String newMinorCode, Urgency newUrgency, Tier newTier, String note,
			CaseRules rules) {
		require(CaseAction.FILE);
		Instant deadline = stageDeadline();
		if (newKind != null && newMinorCode != null) {
			rules.requireOffered(newKind, newMinorCode, trails);
			kind = newKind;
			minorCode = newMinorCode;
		}
		urgency = newUrgency == null ? urgency : newUrgency;
		if (newTier != null && newTier != tier) {
			tier = newTier;
			handlingGrid = coordinated(rules.handlingGrid(primaryTrail(), tier));
		}
		responsibility = rules.responsibility(kind, minorCode, primaryTrail());
		CaseState to = responsibility.isUnclear() ? CaseState.ARBITRATION : CaseState.FILED;
		record(CaseAction.FILE.slug(), to, actor, rules.now(), note, null,
				details("kind", kind, "minorCode", minorCode, "urgency", urgency, "tier", tier, "basis",
						responsibility.basis(), "suggestedLead", suggestedLead()));
		restartStageFromItsStart(rules);
		events.add(new CaseFiled(id, timelineSize, rules.now(), actor.person(), deadline, historical));
	}

	/** The department the matrix suggests, or the territory's own platform ({@code grid:<code>}). */
	String suggestedLead() {
		if (responsibility == null || responsibility.isUnclear()) {
			return null;
		}
		return responsibility.leadDepartment() != null ? responsibility.leadDepartment()
				: GRID_TARGET + responsibility.territory();
	}

	void arbitrate(Actor actor, Responsibility decided, String note, CaseRules rules) {
		require(CaseAction.ARBITRATE);
		requireSomeoneFor(decided.leadDepartment(), "case:sign", rules);
		decided.assistingDepartments().forEach(department -> requireSomeoneFor(department, "case:assist-feedback",
				rules));
		responsibility = decided;
		record(CaseAction.ARBITRATE.slug(), CaseState.FILED, actor, rules.now(), note, null,
				details("lead", decided.leadDepartment(), "assisting", decided.assistingDepartments(), "ruleId",
						decided.ruleId()));
	}

	/** 派遣 to the lead (by default the matrix's suggestion) and any assisting departments. */
	void dispatchTo(Actor actor, String lead, List<String> assisting, String note, CaseRules rules) {
		require(CaseAction.DISPATCH);
		String target = lead != null ? lead : suggestedLead();
		if (target == null) {
			throw conflict("No department is responsible for this case; name one in 'department'");
		}
		List<String> helpers = assisting != null ? assisting
				: lead == null && responsibility != null ? responsibility.assistingDepartments() : List.of();
		String coordinator = lead == null ? reachableCoordinator(rules.coordinatorFor(target, helpers), rules) : null;
		if (coordinator != null) {
			target = coordinator;
			helpers = List.of();
		}
		String sentTo = target;
		target = rules.routeWithin(target, minorCode);
		helpers = helpers.stream().map(department -> rules.routeWithin(department, minorCode)).toList();
		requireSomeoneFor(target, "case:sign", rules);
		helpers.forEach(department -> requireSomeoneFor(department, "case:assist-feedback", rules));
		Instant dispatchDeadline = stageDeadline();
		assignment = new Assignment(target, assists(target, helpers), coordinator != null);
		record(CaseAction.DISPATCH.slug(), CaseState.DISPATCHED, actor, rules.now(), note, null,
				details("lead", target, "assisting", assignment.outstanding(), "coordinating",
						coordinator != null ? Boolean.TRUE : null, "sentTo", sentTo.equals(target) ? null : sentTo));
		startStage(rules);
		handlingStartedAt = rules.now();
		postponedDays = 0;
		events.add(new CaseDispatched(id, target, assignment.outstanding(), clock == null ? null : clock.deadline(),
				timelineSize, rules.now(), actor.person(), dispatchDeadline, historical));
	}

	private static List<Assignment.Assist> assists(String lead, List<String> helpers) {
		return helpers.stream()
			.filter(department -> !department.equals(lead))
			.distinct()
			.map(department -> new Assignment.Assist(department, null, null))
			.toList();
	}

	/** The coordinator, when someone there can send the case on; otherwise the case goes where it would have. */
	private String reachableCoordinator(String coordinator, CaseRules rules) {
		return coordinator != null && rules.nobodyFor(coordinator, primaryTrail(), "case:coordinate") == null
				? coordinator : null;
	}

	/**
	 * 协调转派: the coordinator sends a case spanning platforms to the platform (or department) that leads it, with
	 * assisting departments. The handling clock keeps running from the first dispatch.
	 */
	void coordinate(Actor actor, String lead, List<String> assisting, String note, CaseRules rules) {
		require(CaseAction.COORDINATE);
		lead = rules.routeWithin(lead, minorCode);
		assisting = assisting.stream().map(department -> rules.routeWithin(department, minorCode)).toList();
		requireSomeoneFor(lead, "case:sign", rules);
		assisting.forEach(department -> requireSomeoneFor(department, "case:assist-feedback", rules));
		String coordinator = assignment.lead();
		assignment = new Assignment(lead, assists(lead, assisting), false);
		record(CaseAction.COORDINATE.slug(), CaseState.DISPATCHED, actor, rules.now(), note, null,
				details("coordinator", coordinator, "lead", lead, "assisting", assignment.outstanding()));
		events.add(new CaseDispatched(id, lead, assignment.outstanding(), clock == null ? null : clock.deadline(),
				timelineSize, rules.now(), actor.person(), null, historical));
	}

	/** Refuses with 409 to send work where nobody with an account could take it up: it would be a dead end. */
	private void requireSomeoneFor(String target, String permission, CaseRules rules) {
		String why = rules.nobodyFor(target, primaryTrail(), permission);
		if (why != null) {
			throw conflict("无人可接收 / Cannot send the case to '" + target + "': " + why);
		}
	}

	void signFor(Actor actor, String note, CaseRules rules) {
		require(CaseAction.SIGN);
		record(CaseAction.SIGN.slug(), CaseState.HANDLING, actor, rules.now(), note, null,
				details("department", assignment.lead()));
	}

	void returnToDispatcher(Actor actor, String reason, String note, CaseRules rules) {
		require(CaseAction.RETURN);
		returnCount++;
		String from = assignment.lead();
		String coordinator = assignment.coordinating() ? null
				: reachableCoordinator(rules.coordinatorAfterReturnFrom(from), rules);
		record(CaseAction.RETURN.slug(), CaseState.RETURNED, actor, rules.now(), note, null,
				details("department", from, "reason", reason));
		startStage(rules);
		events.add(new CaseReturned(id, timelineSize, from, rules.now()));
		if (coordinator != null) {
			assignment = new Assignment(coordinator, List.of(), true);
			record(CaseAction.DISPATCH.slug(), CaseState.DISPATCHED, Actor.SYSTEM, rules.now(), null, null,
					details("lead", coordinator, "coordinating", Boolean.TRUE, "returnedBy", from));
			startStage(rules);
			events.add(new CaseDispatched(id, coordinator, List.of(), clock == null ? null : clock.deadline(),
					timelineSize, rules.now(), Actor.SYSTEM.id(), null, historical));
		}
	}

	void assistFeedback(Actor actor, String department, String note, List<String> files, CaseRules rules) {
		require(CaseAction.ASSIST_FEEDBACK);
		if (!assignment.outstanding().contains(department)) {
			throw conflict("'" + department + "' is not an assisting department still to feed back; outstanding: "
					+ assignment.outstanding());
		}
		assignment = assignment.withFeedback(department, note, rules.now());
		record(CaseAction.ASSIST_FEEDBACK.slug(), state, actor, rules.now(), note, files,
				details("department", department));
		events.add(new CaseAssisted(id, timelineSize, department, rules.now(),
				clock == null || !rules.now().isAfter(clock.deadline())));
	}

	void feedback(Actor actor, String note, List<String> files, CaseRules rules) {
		if (state == CaseState.HANDLING && !assignment.outstanding().isEmpty()) {
			throw conflict("等待协办单位反馈 / The lead department feeds back after the assisting departments; still "
					+ "waiting for " + assignment.outstanding() + " to send 'assist-feedback'");
		}
		require(CaseAction.FEEDBACK);
		handledOnTime = clock == null || !rules.now().isAfter(clock.deadline());
		record(CaseAction.FEEDBACK.slug(), CaseState.HANDLED, actor, rules.now(), note, files,
				details("department", assignment.lead(), "onTime", handledOnTime));
		startStage(rules);
		events.add(new CaseHandled(id, timelineSize, assignment.lead(), rules.now(), handledOnTime, historical));
	}

	/** 核查: passed moves on to closing; failed sends the case back to its department for rework (返工). */
	void check(Actor actor, boolean passed, String note, List<String> files, CaseRules rules) {
		require(CaseAction.CHECK);
		Instant deadline = stageDeadline();
		if (passed) {
			record(CaseAction.CHECK.slug(), CaseState.CHECKED, actor, rules.now(), note, files,
					details("passed", true));
			events.add(new CaseChecked(id, timelineSize, actor.person(), true, rules.now(), deadline));
			return;
		}
		reworkCount++;
		record(CaseAction.CHECK.slug(), CaseState.HANDLING, actor, rules.now(), note, files,
				details("passed", false, "department", assignment.lead(), "rework", reworkCount));
		events.add(new CaseChecked(id, timelineSize, actor.person(), false, rules.now(), deadline));
		startStage(rules);
		events.add(new CaseReworked(id, timelineSize, assignment.lead(), rules.now()));
	}

	void close(Actor actor, String note, CaseRules rules) {
		require(CaseAction.CLOSE);
		Instant now = rules.now();
		record(CaseAction.CLOSE.slug(), CaseState.CLOSED, actor, now, note, null, null);
		closedAt = now;
		clock = null;
		events.add(new CaseClosed(id, now, assignment == null ? null : assignment.lead(), reworkCount,
				handledOnTime, selfHandled, timelineSize, channelCode(), historical));
	}

	void evaluate(Actor actor, Satisfaction answer, String note, CaseRules rules) {
		require(CaseAction.EVALUATE);
		satisfaction = answer;
		record(CaseAction.EVALUATE.slug(), CaseState.EVALUATED, actor, rules.now(), note, null,
				details("satisfaction", answer));
		events.add(new CaseEvaluated(id, timelineSize, assignment == null ? null : assignment.lead(), answer,
				rules.now(), historical));
	}

	// ---- side paths --------------------------------------------------------------------------------------------

	/** 延期申请: the handling deadline may move, but never beyond the district's handling cap (15 working days). */
	void requestPostponement(Actor actor, int days, String reason, CaseRules rules) {
		require(CaseAction.REQUEST_POSTPONEMENT);
		Instant cap = rules.handlingCap(handlingStartedAt, trails);
		if (clock == null || rules.postpone(clock, days).deadline().isAfter(cap)) {
			throw conflict("Postponing by " + days + " working day(s) would pass the limit of handling, " + cap
					+ "; ask for fewer days");
		}
		requestApproval(CaseAction.REQUEST_POSTPONEMENT, PendingRequest.Kind.POSTPONEMENT, days, reason, actor,
				rules);
	}

	void requestSuspension(Actor actor, String reason, CaseRules rules) {
		require(CaseAction.REQUEST_SUSPENSION);
		requestApproval(CaseAction.REQUEST_SUSPENSION, PendingRequest.Kind.SUSPENSION, null, reason, actor, rules);
	}

	void requestVoid(Actor actor, String reason, CaseRules rules) {
		require(CaseAction.REQUEST_VOID);
		requestApproval(CaseAction.REQUEST_VOID, PendingRequest.Kind.VOID, null, reason, actor, rules);
	}

	/**
	 * Returns a case diverted from 110 to 110 as a police matter (退回110): it ends voided, counts for nobody's
	 * figures, and records {@code hand-back} with the reason.
	 */
	void handBack(Actor actor, String reason, String note, CaseRules rules) {
		require(CaseAction.HAND_BACK);
		clock = null;
		record(CaseAction.HAND_BACK.slug(), CaseState.VOIDED, actor, rules.now(), note, null,
				details("reason", reason));
		events.add(new CaseHandedBack(id, timelineSize, reason, rules.now()));
		events.add(new CaseVoided(id, timelineSize, rules.now()));
	}

	private void requestApproval(CaseAction action, PendingRequest.Kind what, Integer days, String reason,
			Actor actor, CaseRules rules) {
		pending = new PendingRequest(what, reason, days, actor.id(), rules.now());
		record(action.slug(), state, actor, rules.now(), null, null, details("reason", reason, "days", days));
	}

	/** Approves the open request: a postponement moves the deadline, a suspension stops the clock, a void ends. */
	void approve(Actor actor, String note, CaseRules rules) {
		require(CaseAction.APPROVE);
		PendingRequest request = pending;
		pending = null;
		Map<String, Object> details = details("request", request.kind(), "days", request.days());
		switch (request.kind()) {
			case POSTPONEMENT -> {
				StageClock before = clock;
				setClock(() -> rules.postpone(before, request.days()), rules);
				postponedDays += request.days();
				record(CaseAction.APPROVE.slug(), state, actor, rules.now(), note, null, details);
				events.add(new CasePostponed(id, timelineSize, assignment == null ? null : assignment.lead(),
						request.days(), clock == null ? null : clock.deadline(), rules.now()));
			}
			case SUSPENSION -> {
				resumeState = state;
				clock = clock == null ? null : rules.pause(clock);
				record(CaseAction.APPROVE.slug(), CaseState.SUSPENDED, actor, rules.now(), note, null, details);
			}
			case VOID -> {
				clock = null;
				record(CaseAction.APPROVE.slug(), CaseState.VOIDED, actor, rules.now(), note, null, details);
				events.add(new CaseVoided(id, timelineSize, rules.now()));
			}
		}
	}

	void deny(Actor actor, String reason, CaseRules rules) {
		require(CaseAction.DENY);
		PendingRequest request = pending;
		pending = null;
		record(CaseAction.DENY.slug(), state, actor, rules.now(), null, null,
				details("request", request.kind(), "reason", reason));
	}

	void resume(Actor actor, String note, CaseRules rules) {
		require(CaseAction.RESUME);
		StageClock paused = clock;
		if (paused != null) {
			setClock(() -> rules.resume(paused), rules);
		}
		CaseState back = resumeState;
		resumeState = null;
		record(CaseAction.RESUME.slug(), back, actor, rules.now(), note, null, null);
	}

	/** Merges this case into {@code target} as a duplicate; both keep their timelines. */
	void mergeInto(Case target, Actor actor, String note, CaseRules rules) {
		require(CaseAction.MERGE);
		if (target.id.equals(id) || !target.state.isOpen()) {
			throw conflict("A case merges only into another open case; case " + target.id + " is " + target.state);
		}
		mergedInto = target.id;
		clock = null;
		record(CaseAction.MERGE.slug(), CaseState.MERGED, actor, rules.now(), note, null,
				details("targetCaseId", target.id));
		events.add(new CaseMerged(id, target.id, timelineSize, rules.now()));
		target.absorbed.add(id);
		target.record("absorb", target.state, actor, rules.now(), note, null, details("mergedCaseId", id));
	}

	/**
	 * 上报: the next grid level up takes the case over and must dispatch it again within the dispatch limit. The
	 * responsibility matrix is asked again as from that level, and someone there must be able to dispatch.
	 */
	void escalate(Actor actor, String reason, String note, CaseRules rules) {
		require(CaseAction.ESCALATE);
		String from = handlingGrid;
		String to = parentOfHandlingGrid();
		GridTrail above = fromGrid(to);
		String nobody = rules.nobodyFor(GRID_TARGET + to, above, "case:dispatch");
		if (nobody != null) {
			throw conflict("上级无人受理 / Nobody at the supervising level can take the case over: " + nobody);
		}
		handlingGrid = to;
		escalationCount++;
		assignment = null;
		CaseState next = state;
		if (state != CaseState.ACCEPTED) {
			responsibility = rules.responsibility(kind, minorCode, above);
			next = responsibility.isUnclear() ? CaseState.ARBITRATION : CaseState.FILED;
		}
		record(CaseAction.ESCALATE.slug(), next, actor, rules.now(), note, null,
				details("fromGrid", from, "toGrid", handlingGrid, "reason", reason, "suggestedLead",
						suggestedLead()));
		startStage(rules);
		events.add(new CaseEscalated(id, primaryLayer, from, handlingGrid, actor.id(), reason, timelineSize,
				rules.now()));
	}

	/**
	 * 重新定位: the case moves to the grids of {@code place}, because a boundary change put its point in other grids
	 * ({@code layerVersion} names the new version) or because a person corrected its point ({@code reason} says
	 * why). It follows its territory so that the team of the grid it lies in sees it and it counts there. It stays
	 * handled at the same level of its primary layer, by that level's grid on the new trail, and a case waiting for
	 * dispatch gets the responsibility matrix's answer for its new place; its state, the department holding it and
	 * its clocks are as before. A closed case keeps the grids it was handled in.
	 */
	void relocate(Place place, String layer, Actor actor, Long layerVersion, String reason, String note,
			CaseRules rules) {
		if (!state.isOpen()) {
			throw conflict("已办结的案件不再重新定位 / A closed case keeps its grids");
		}
		String from = leafIn(trails, layer);
		GridTrail before = primaryTrail();
		int level = before.grids().stream().filter(step -> step.code().equals(handlingGrid))
			.mapToInt(GridTrail.Step::level).findFirst().orElse(-1);
		lon = place.lon();
		lat = place.lat();
		trails = place.trails();
		primaryLayer = place.primaryLayer();
		member = place.member();
		GridTrail after = primaryTrail();
		handlingGrid = coordinated(after.grids().stream().filter(step -> step.level() == level)
			.map(GridTrail.Step::code).findFirst().orElseGet(() -> rules.handlingGrid(after, tier)));
		if (state == CaseState.FILED || state == CaseState.RETURNED) {
			responsibility = rules.responsibility(kind, minorCode, fromGrid(handlingGrid));
		}
		relocated = true;
		String to = leafIn(trails, layer);
		record(CaseAction.RELOCATE.slug(), state, actor, rules.now(), note, null, details("layer", layer,
				"layerVersion", layerVersion, "fromGrid", from, "toGrid", to, "handlingGrid", handlingGrid, "reason",
				reason));
		events.add(new CaseRelocated(id, layer, layerVersion, from, to, primaryLayer, gridsUpToHandling(),
				handlingGrid, actor.id(), reason, timelineSize, rules.now(), lon, lat));
	}

	private static String leafIn(List<GridTrail> trails, String layer) {
		return trails.stream().filter(trail -> trail.layer().equals(layer)).map(trail -> trail.grids().get(0).code())
			.findFirst().orElse(null);
	}

	/**
	 * 补充说明: whoever reported adds to the report. The case stays where it is and whoever holds it reads the note
	 * in the timeline; {@code details} say where it came from (such as the client's own id for the update).
	 */
	void addFollowUp(Actor actor, String note, List<String> links, Map<String, Object> details, Instant at) {
		record(FOLLOW_UP, state, actor, at, note, links, details);
	}

	/** 督办 / 催办 addressed to the lead department, or to the handling grid before dispatch. */
	void supervise(Actor actor, SupervisionNotice.Kind kind, String addressee, String note, CaseRules rules) {
		require(CaseAction.SUPERVISE);
		String to = addressee != null ? addressee
				: assignment != null ? assignment.lead() : GRID_TARGET + handlingGrid;
		SupervisionNotice notice = new SupervisionNotice(notices.size() + 1, kind, actor.id(), to, note, rules.now(),
				null, null);
		notices.add(notice);
		record(CaseAction.SUPERVISE.slug(), state, actor, rules.now(), note, null,
				details("noticeId", notice.id(), "noticeKind", kind, "addressee", to));
	}

	void answerSupervision(Actor actor, int noticeId, String answer, CaseRules rules) {
		require(CaseAction.ANSWER_SUPERVISION);
		if (noticeId < 1 || noticeId > notices.size() || !notices.get(noticeId - 1).isOpen()) {
			throw conflict("There is no open supervision notice " + noticeId + " on this case");
		}
		notices.set(noticeId - 1, notices.get(noticeId - 1).answered(answer, rules.now()));
		record(CaseAction.ANSWER_SUPERVISION.slug(), state, actor, rules.now(), answer, null,
				details("noticeId", noticeId));
	}
}
