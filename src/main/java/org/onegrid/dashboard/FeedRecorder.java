package org.onegrid.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onegrid.api.SameTransactionListener;
import org.onegrid.cases.CaseBrief;
import org.onegrid.cases.CaseBriefs;
import org.onegrid.cases.CaseEscalated;
import org.onegrid.cases.CaseLightChanged;
import org.onegrid.cases.CaseLightsChanged;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.Light;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MinorClass;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes a feed line for each case taken in, each stage gone overdue and each escalation, from the cases module's
 * events, once however often an event is delivered. A report's and an escalation's line is written in the step's
 * own transaction; the lines of a sweep pass's red lights are written after it committed, in the listener's
 * transaction, so that a large pass does not wait for them.
 */
@Component
class FeedRecorder {

	private final CaseBriefs briefs;

	private final Catalogue catalogue;

	private final Feed feed;

	private final DashboardProperties properties;

	private final Clock clock;

	FeedRecorder(CaseBriefs briefs, Catalogue catalogue, Feed feed, DashboardProperties properties, Clock clock) {
		this.briefs = briefs;
		this.catalogue = catalogue;
		this.feed = feed;
		this.properties = properties;
		this.clock = clock;
	}

	/** A report taken in now; a past case recorded from another system's records is no news. */
	@SameTransactionListener
	void on(CaseReported event) {
		if (event.historical()) {
			return;
		}
		record("REPORTED", List.of(event.caseId()), id -> "REPORTED:" + id, id -> event.reportedAt());
	}

	/** Only the lights that turned red: a yellow light is a warning for the people on duty, not for the big screen. */
	@ApplicationModuleListener
	void on(CaseLightsChanged event) {
		Map<Long, CaseLightChanged> red = event.changes().stream()
			.filter(change -> change.light() == Light.RED)
			.collect(Collectors.toMap(CaseLightChanged::caseId, Function.identity(), (first, second) -> second));
		Instant now = clock.instant();
		List<Long> ids = List.copyOf(red.keySet());
		for (int from = 0; from < ids.size(); from += 500) {
			record("OVERDUE", ids.subList(from, Math.min(ids.size(), from + 500)),
					id -> "OVERDUE:" + id + ":" + red.get(id).stage() + ":" + red.get(id).deadline(), id -> now);
		}
	}

	@SameTransactionListener
	void on(CaseEscalated event) {
		record("ESCALATED", List.of(event.caseId()), id -> "ESCALATED:" + id + ":" + event.seq(),
				id -> event.escalatedAt());
	}

	private void record(String kind, Collection<Long> ids, Function<Long, String> key, Function<Long, Instant> at) {
		for (CaseBrief brief : briefs.of(ids, properties.streetLevel())) {
			MinorClass minor = minorClass(brief);
			FeedItem item = new FeedItem(0, kind, at.apply(brief.id()), brief.id(), brief.caseNo(),
					brief.channel().name(), brief.kind(), brief.minorCode(),
					minor == null ? brief.minorCode() : minor.nameZh(), minor == null ? brief.minorCode()
							: minor.nameEn(), brief.light() == null ? null : brief.light().name(), brief.street(),
					brief.handlingGrid(), brief.description(), brief.reportedAt());
			feed.append(new FeedEntry(key.apply(brief.id()), item, brief.gridKeys(), brief.departments(),
					brief.reportedBy()));
		}
	}

	private MinorClass minorClass(CaseBrief brief) {
		Kind kind = Kind.valueOf(brief.kind());
		return catalogue.exists(kind, brief.minorCode()) ? catalogue.minorClass(kind, brief.minorCode()) : null;
	}
}
