package org.onegrid.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onegrid.cases.CaseState;
import org.onegrid.cases.CaseView;
import org.onegrid.cases.TimelineEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body a subscriber receives:
 * {@code {id, type, occurredAt, seq, case: {id, number, state, ...}, details: {...}}}.
 * <p>
 * {@code case.state} is the state the step left the case in (for a light change, the state when it was recorded);
 * the case's other fields are as they stood when the event was recorded, moments after its commit. The body
 * carries no personal data: not the citizen who reported (name, phone), not who entered or acted on the case, no
 * description, address, note or attachment, whose free text may name people. A receiver that needs more reads the
 * case through the API under its own account, where the access module masks personal data as its roles require.
 */
final class Payloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Payloads() {
	}

	static String json(UUID id, Occurrence occurrence, Instant occurredAt, CaseView view) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id.toString());
		body.put("type", occurrence.type().publicName());
		body.put("occurredAt", occurredAt.toString());
		if (occurrence.seq() != null) {
			body.put("seq", occurrence.seq());
		}
		body.put("case", theCase(view, stateAfter(view, occurrence.seq())));
		body.put("details", occurrence.details());
		return JSON.writeValueAsString(body);
	}

	/** The case's grids as {@code layer:code} keys, every grid of every layer's trail. */
	static List<String> gridKeys(CaseView view) {
		List<String> keys = new ArrayList<>();
		view.gridTrails().forEach(trail -> trail.grids().forEach(step -> keys.add(trail.layer() + ":" + step.code())));
		return keys;
	}

	private static Map<String, Object> theCase(CaseView view, CaseState state) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("id", view.id());
		c.put("number", view.caseNo());
		c.put("state", state.name());
		c.put("open", state.isOpen());
		c.put("channel", view.channel().name());
		c.put("kind", view.kind());
		c.put("minorCode", view.minorCode());
		c.put("urgency", view.urgency());
		c.put("tier", view.tier() == null ? null : view.tier().name());
		c.put("layer", view.primaryLayer());
		c.put("handlingGrid", view.handlingGrid());
		c.put("leadDepartment", view.assignment() == null ? null : view.assignment().lead());
		c.put("reportedAt", view.reportedAt().toString());
		c.put("closedAt", view.closedAt() == null ? null : view.closedAt().toString());
		return c;
	}

	private static CaseState stateAfter(CaseView view, Integer seq) {
		if (seq != null) {
			for (TimelineEntry entry : view.timeline()) {
				if (entry.seq() == seq) {
					return entry.to();
				}
			}
		}
		return view.state();
	}
}
