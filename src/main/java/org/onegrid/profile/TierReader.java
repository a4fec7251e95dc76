package org.onegrid.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.onegrid.cases.ClosingRule;
import org.onegrid.cases.Tier;

/**
 * Reads {@code catalogue.yaml}'s {@code tiers}: each tier's handling levels, written as a list of level names, or as
 * a map of {@code levels} and the tier's {@code closers}, each closer a {@code level}, a {@code role} or both.
 */
final class TierReader {

	private static final List<String> TIERS = Stream.of(Tier.values()).map(Tier::name).toList();

	private final Map<String, Item<List<String>>> levels = new LinkedHashMap<>();

	private final Map<String, List<Item<ClosingRule.Closer>>> closers = new LinkedHashMap<>();

	private final Problems problems;

	TierReader(Problems problems, Value value) {
		this.problems = problems;
		var tiers = new YamlMap(value, "tiers", problems, TIERS.toArray(String[]::new));
		for (String tier : TIERS) {
			if (!tiers.has(tier)) {
				continue;
			}
			Value entry = tiers.value(tier);
			if (!(entry.raw() instanceof Map)) {
				levels.put(tier, new Item<>(entry, tier, tiers.texts(tier, true)));
				continue;
			}
			var map = new YamlMap(entry, "tier " + tier, problems, "levels", "closers");
			levels.put(tier, new Item<>(entry, tier, map.texts("levels", true)));
			if (map.has("closers")) {
				closers.put(tier, closers(tier, map));
			}
		}
	}

	/** Each tier's handling level names, by tier code. */
	Map<String, Item<List<String>>> levels() {
		return levels;
	}

	/** The closers of the tiers that name them, each with its place. */
	Map<String, List<Item<ClosingRule.Closer>>> closers() {
		return closers;
	}

	private List<Item<ClosingRule.Closer>> closers(String tier, YamlMap map) {
		List<Item<ClosingRule.Closer>> result = new ArrayList<>();
		for (Value entry : map.list("closers", true)) {
			var closer = new YamlMap(entry, "a closer", problems, "level", "role");
			String level = closer.text("level", false);
			String role = closer.text("role", false);
			if (level == null && role == null) {
				problems.error(entry, "REQUIRED", tier + ": a closer names a level, a role or both");
			}
			result.add(new Item<>(entry, tier, new ClosingRule.Closer(level, role)));
		}
		if (result.isEmpty()) {
			problems.error(map.value("closers"), "REQUIRED", tier + ": closers lists at least one closer");
		}
		return result;
	}
}
