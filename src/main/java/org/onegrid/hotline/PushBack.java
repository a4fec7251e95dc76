package org.onegrid.hotline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.SameTransactionListener;
import org.onegrid.cases.CaseClosed;
import org.onegrid.cases.CaseHandedBack;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseView;
import org.onegrid.cases.TimelineEntry;
import org.onegrid.webhook.Pushes;
import org.springframework.stereotype.Component;

/**
 * Tells the hotline or platform a case came from what became of it (办结反馈): the ticket number, the result and
 * its time, through the source's push-back target; a 110 diversion handed back to 110 is told likewise, with
 * the reason. A case that came in on a channel with a push-back target ({@link ChannelPushBacks}), not as a ticket,
 * is told to that target with the channel's details of the case (its number in that system). The message is recorded
 * in the webhook outbox in the close's own transaction, so it exists if and only if the close committed, and the
 * outbox retries until the target answers. A close recorded from another system's past records tells nobody: that
 * system closed the case itself, long ago.
 */
@Component
class PushBack {

	private static final Grant READER = Grant.system("hotline");

	private final TicketRows tickets;

	private final HotlineSources sources;

	private final CaseSearch cases;

	private final Pushes pushes;

	private final ChannelPushBacks channels;

	PushBack(TicketRows tickets, HotlineSources sources, CaseSearch cases, Pushes pushes, ChannelPushBacks channels) {
		this.tickets = tickets;
		this.sources = sources;
		this.cases = cases;
		this.pushes = pushes;
		this.channels = channels;
	}

	@SameTransactionListener
	void on(CaseClosed closed) {
		if (closed.historical()) {
			return;
		}
		Optional<TicketRows.Row> ticket = tickets.byCase(closed.caseId());
		if (ticket.isPresent()) {
			ticket.filter(row -> row.status().equals("CASED")).ifPresent(row -> {
				CaseView view = cases.get(closed.caseId(), READER);
				send(row, "closed", closed.closedAt(), result(view.timeline()), view.caseNo());
			});
			return;
		}
		if (closed.channelCode() != null) {
			channels.of(closed.channelCode()).ifPresent(target -> {
				CaseView view = cases.get(closed.caseId(), READER);
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("channel", view.channelCode());
				data.put("channelDetails", view.channelDetails());
				data.put("caseNo", view.caseNo());
				data.put("outcome", "closed");
				data.put("result", result(view.timeline()));
				data.put("at", closed.closedAt().toString());
				pushes.push(target, "channel:" + closed.caseId() + ":closed", closed.caseId(), closed.closedAt(), data);
			});
		}
	}

	/** A 110 diversion handed back: the ticket records it and 110 hears the reason. */
	@SameTransactionListener
	void on(CaseHandedBack handedBack) {
		tickets.byCase(handedBack.caseId()).filter(row -> row.status().equals("CASED")).ifPresent(row -> {
			tickets.handedBack(handedBack.caseId());
			CaseView view = cases.get(handedBack.caseId(), READER);
			send(row, "handed-back", handedBack.handedBackAt(), handedBack.reason(), view.caseNo());
		});
	}

	/** Sends a result for the ticket to its source's target, if the source has one. */
	void send(TicketRows.Row row, String outcome, Instant at, String result, String caseNo) {
		Long target = sources.get(row.source()).pushBackSubscriberId();
		if (target == null) {
			return;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("source", row.source());
		data.put("ticketNo", row.request().ticketNo().strip());
		if (row.request().incidentNo() != null) {
			data.put("incidentNo", row.request().incidentNo().strip());
		}
		data.put("caseNo", caseNo);
		data.put("outcome", outcome);
		data.put("result", result);
		data.put("at", at.toString());
		pushes.push(target, "hotline:" + row.id() + ":" + outcome, row.caseId(), at, data);
	}

	/** The department's last handling feedback, the result the caller hears. */
	private static String result(List<TimelineEntry> timeline) {
		String result = null;
		for (TimelineEntry entry : timeline) {
			if (entry.action().equals("feedback") && entry.note() != null) {
				result = entry.note();
			}
		}
		return result;
	}
}
