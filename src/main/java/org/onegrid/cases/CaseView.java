package org.onegrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onegrid.catalogue.Responsibility;
import org.onegrid.grid.District;

/**
 * A case as the API shows it: where it stands, who holds it, its clock, what may be done next, and its timeline.
 *
 * @param caseNo the human-readable number, reporting day and place in that day's sequence, such as {@code 20261122-000042}
 * @param stateName the district's display name of the state
 * @param channel the built-in channel whose rules the case follows
 * @param channelCode the channel the case came in on: the district's own channel, or the built-in one
 * @param district the district served whose territory the case lies in, or null when this installation names no
 * districts or none holds the place
 * @param handlingGrid the grid whose level handles the case now (it moves up on escalation)
 * @param member the grid member the case lies on, such as a road section, or null
 * @param responsibility what the responsibility matrix decided at filing
 * @param clock the current stage's time limit and light, or {@code null} when no clock runs
 * @param clockWarning why a stage that has a limit has no clock, such as a missing holiday schedule
 * @param duplicateCandidates open cases of the same minor class nearby at intake
 * @param mergedInto the case this one was merged into as a duplicate
 * @param absorbed cases merged into this one
 * @param allowedActions the action slugs allowed now
 * @param timeline every step, oldest first
 */
public record CaseView(long id, String caseNo, int version, CaseState state, Label stateName, boolean open,
		Channel channel, String channelCode, Map<String, String> channelDetails, NewCase.Reporter reporter,
		String reportedBy, String kind, String minorCode, String urgency, Tier tier, String areaClass,
		String description, String address, double lon, double lat, List<String> attachments,
		List<GridTrail> gridTrails, String primaryLayer, District district, String handlingGrid, CaseMember member,
		Responsibility responsibility, Assignment assignment, PendingRequest pendingRequest,
		List<SupervisionNotice> notices, List<Long> duplicateCandidates, Long mergedInto, List<Long> absorbed,
		boolean selfHandled, int reworkCount, int returnCount, int escalationCount, int postponedDays,
		Satisfaction satisfaction, StageClock clock, String clockWarning, Instant reportedAt, Instant closedAt,
		List<String> allowedActions, List<TimelineEntry> timeline) {

	/** A display name in Chinese and English. */
	public record Label(String zh, String en) {
	}
}
