package org.onegrid.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Follow-up notes (补充说明) from whoever reported: a citizen adds what they saw since, says the problem is back, or
 * says it is fixed. A note never moves the case; it lands in the timeline where whoever holds the case reads it, and
 * what the citizen claims about the state is kept beside it for them to weigh. Anyone who may report may add a
 * note. A note that names the sending system's own id for it is stored once, however often it is sent.
 */
@Service
public class CaseFollowUps {

	private static final int ATTEMPTS = 5;

	private final Cases cases;

	private final CaseRules rules;

	private final CaseWriter writer;

	CaseFollowUps(Cases cases, CaseRules rules, CaseWriter writer) {
		this.cases = cases;
		this.rules = rules;
		this.writer = writer;
	}

	/**
	 * A note for a case as another system sends it.
	 *
	 * @param note what the reporter says, at most 2,000 characters
	 * @param links web addresses of photos, if any
	 * @param source which system sent it, such as {@code open311}
	 * @param sourceId that system's id for the note; a second note with the same source and id is the first one
	 * @param claimedStatus the state the reporter says the problem is in, in the sending system's words
	 */
	public record FollowUp(String note, List<String> links, String source, String sourceId, String claimedStatus) {
	}

	/**
	 * Adds the note to case {@code id} and returns it as a change of that case: the stored one when the same note
	 * was added before. 404 when there is no such case; 400 naming the field when the note is blank or too long.
	 */
	public CaseChange add(long id, String caseNo, FollowUp followUp, Grant grant) {
		grant.require("case:create");
		List<Violation> violations = new ArrayList<>();
		Fields.text(followUp.note(), "note", ReportCheck.MAX_NOTE, violations);
		Fields.failIfAny(violations);
		String note = followUp.note().strip();
		Actor actor = new Actor(grant.username(), grant.roles().isEmpty() ? null : grant.roles().get(0));
		for (int attempt = 1;; attempt++) {
			Cases.Loaded loaded = cases.load(id).orElseThrow(() -> ApiProblem.notFound("Case", Long.toString(id)));
			TimelineEntry earlier = sameNote(loaded.timeline(), followUp);
			if (earlier != null) {
				return new CaseChange(id, caseNo, earlier);
			}
			Case c = loaded.c();
			c.addFollowUp(actor, note, followUp.links(), details(followUp), rules.now());
			List<TimelineEntry> after = writer.write(c, loaded.timeline()).orElse(null);
			if (after != null) {
				return new CaseChange(id, caseNo, after.get(after.size() - 1));
			}
			if (attempt == ATTEMPTS) {
				throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "The case kept changing while the note was "
						+ "added; nothing was stored, send it again");
			}
		}
	}

	private static TimelineEntry sameNote(List<TimelineEntry> timeline, FollowUp followUp) {
		if (followUp.sourceId() == null) {
			return null;
		}
		return timeline.stream()
			.filter(entry -> Case.FOLLOW_UP.equals(entry.action()))
			.filter(entry -> Objects.equals(entry.details().get("source"), followUp.source())
					&& Objects.equals(entry.details().get("sourceId"), followUp.sourceId()))
			.findFirst()
			.orElse(null);
	}

	private static Map<String, Object> details(FollowUp followUp) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (followUp.source() != null) {
			details.put("source", followUp.source());
		}
		if (followUp.sourceId() != null) {
			details.put("sourceId", followUp.sourceId());
		}
		if (followUp.claimedStatus() != null) {
			details.put("claimedStatus", followUp.claimedStatus());
		}
		return details;
	}
}
