package org.onegrid.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * Departments' monthly counts worked out from cases' timelines alone, as the assessment defines them: each dispatch
 * in the month that stayed with its department (not returned by it, the case not voided), and what the department
 * did with it by the month's end. Steps at or after {@link #END} do not count.
 */
final class Recount {

	/** The end of June 2032 in the district's zone. */
	static final Instant END = Instant.parse("2032-06-30T16:00:00Z");

	private Recount() {
	}

	/** Adds the case's dispatches to {@code departments}' counts. */
	static void departments(JsonNode timeline, Map<String, Map<String, Long>> departments) {
		List<JsonNode> steps = new ArrayList<>();
		timeline.forEach(entry -> {
			if (Instant.parse(entry.path("at").asString()).isBefore(END)) {
				steps.add(entry);
			}
		});
		boolean voided = steps.stream().anyMatch(s -> is(s, "approve") && s.path("to").asString().equals("VOIDED"));
		for (int d = 0; d < steps.size(); d++) {
			if (!is(steps.get(d), "dispatch") || voided) {
				continue;
			}
			String department = steps.get(d).path("details").path("lead").asString();
			List<JsonNode> later = steps.subList(d + 1, steps.size());
			if (later.stream().anyMatch(s -> is(s, "return") && of(s, department) || is(s, "escalate"))) {
				continue;
			}
			Map<String, Long> counts = departments.computeIfAbsent(department, key -> new TreeMap<>());
			add(counts, "toHandle", true);
			JsonNode handled = later.stream().filter(s -> is(s, "feedback") && of(s, department)).findFirst()
				.orElse(null);
			add(counts, "handled", handled != null);
			add(counts, "onTimeHandled", handled != null && handled.path("details").path("onTime").asBoolean());
			add(counts, "closed", later.stream().anyMatch(s -> is(s, "close")));
			add(counts, "reworked", later.stream().anyMatch(s -> is(s, "check") && of(s, department)
					&& !s.path("details").path("passed").asBoolean()));
			add(counts, "postponed", later.stream().anyMatch(s -> is(s, "approve")
					&& s.path("details").path("request").asString().equals("POSTPONEMENT") && department.equals(leadAt(steps, s))));
			JsonNode evaluation = later.stream().filter(s -> is(s, "evaluate")).findFirst().orElse(null);
			add(counts, "evaluated", evaluation != null);
			add(counts, "satisfied", evaluation != null
					&& !evaluation.path("details").path("satisfaction").asString().equals("DISSATISFIED"));
		}
	}

	/** Whether the timeline has {@code action} before the month's end, moving to {@code to} when it is given. */
	static boolean has(JsonNode timeline, String action, String to) {
		for (JsonNode entry : timeline) {
			if (is(entry, action) && Instant.parse(entry.path("at").asString()).isBefore(END)
					&& (to == null || entry.path("to").asString().equals(to))) {
				return true;
			}
		}
		return false;
	}

	/** The department of the latest dispatch before {@code step}. */
	private static String leadAt(List<JsonNode> steps, JsonNode step) {
		String lead = null;
		for (JsonNode entry : steps) {
			if (entry == step) {
				return lead;
			}
			if (is(entry, "dispatch")) {
				lead = entry.path("details").path("lead").asString();
			}
		}
		return lead;
	}

	private static boolean is(JsonNode entry, String action) {
		return entry.path("action").asString().equals(action);
	}

	private static boolean of(JsonNode entry, String department) {
		return entry.path("details").path("department").asString().equals(department);
	}

	private static void add(Map<String, Long> counts, String indicator, boolean counted) {
		counts.merge(indicator, counted ? 1L : 0L, Long::sum);
	}
}
