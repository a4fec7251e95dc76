package org.onegrid.profile;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onegrid.meeting.GridMeetingRules;
import org.onegrid.meeting.MeetingRule;
import org.onegrid.meeting.MeetingRules;
import org.springframework.stereotype.Component;

/**
 * The profile's {@code meetings.yaml}: the district's standing meetings (会商, 例会, 联席会议), each held by a unit
 * the profile or the installation has, or by every grid of one level of a layer either of them has
 * ({@code grid: {layer, level}}, such as each grid's 网格工作例会), callable out of turn by roles either of them
 * defines. Each entry is checked by the meeting module before anything is written; export gives back the rules as
 * stored now.
 */
@Component
class MeetingsSection {

	static final String FILE = "meetings.yaml";

	private static final String[] KEYS = { "code", "unit", "grid", "kind", "name", "cadence", "workingDay", "at",
			"lengthMinutes", "callerRoles", "agenda" };

	private final MeetingRules meetings;

	private final GridMeetingRules gridMeetings;

	MeetingsSection(MeetingRules meetings, GridMeetingRules gridMeetings) {
		this.meetings = meetings;
		this.gridMeetings = gridMeetings;
	}

	static List<Item<MeetingRule>> read(Map<String, String> files, Problems problems) {
		String text = files.get(FILE);
		Value doc = text == null ? new Value(FILE, 0, null) : Value.parse(FILE, text, problems);
		var file = new YamlMap(doc, FILE, problems, "meetings");
		List<Item<MeetingRule>> rules = new ArrayList<>();
		for (Value entry : file.list("meetings", false)) {
			var rule = new YamlMap(entry, "a meeting", problems, KEYS);
			LocalTime at = rule.time("at", true);
			MeetingRule.GridLevel grid = null;
			if (rule.has("grid")) {
				var level = new YamlMap(rule.value("grid"), "a meeting's grid", problems, "layer", "level");
				grid = new MeetingRule.GridLevel(level.text("layer", true), level.text("level", true));
			}
			rules.add(new Item<>(entry, rule.text("code", true), new MeetingRule(rule.text("code", true),
					rule.text("unit", grid == null), grid, rule.text("kind", true), rule.text("name", true),
					rule.text("cadence", true), rule.integer("workingDay", false), at,
					rule.integer("lengthMinutes", false), rule.texts("callerRoles", true), rule.texts("agenda", false))));
		}
		return rules;
	}

	/**
	 * Reports every rule the meeting module would refuse, held by an unknown unit or grid level, by both a unit and
	 * a grid level, or given twice, at its place.
	 */
	void check(List<Item<MeetingRule>> rules, Known known, Problems problems) {
		Set<String> codes = new HashSet<>();
		for (Item<MeetingRule> item : rules) {
			if (item.key() != null && !codes.add(item.key())) {
				problems.error(item.at(), "DUPLICATE", "meeting '" + item.key() + "' is given twice");
			}
			String unit = item.value().unitCode();
			if (unit != null && !known.units.contains(unit)) {
				problems.error(item.at(), "UNKNOWN", item.key() + ": unit: there is no unit '" + unit + "'");
			}
			checkGrid(item, known, problems);
			meetings.check(item.key(), item.value(), known.roles::contains).forEach(v -> problems.error(item.at(),
					v.code(), item.key() + ": " + v.field() + ": " + v.detail()));
		}
	}

	private static void checkGrid(Item<MeetingRule> item, Known known, Problems problems) {
		MeetingRule.GridLevel grid = item.value().grid();
		if (grid == null) {
			return;
		}
		if (item.value().unitCode() != null) {
			problems.error(item.at(), "CONFLICT", item.key() + ": a meeting is held by a unit or by a grid level, "
					+ "not both");
		}
		List<String> levels = grid.layer() == null ? null : known.layerLevels.get(grid.layer());
		if (grid.layer() != null && levels == null) {
			problems.error(item.at(), "UNKNOWN", item.key() + ": grid.layer: there is no layer '" + grid.layer()
					+ "'");
		}
		else if (levels != null && grid.level() != null && !levels.contains(grid.level())) {
			problems.error(item.at(), "UNKNOWN", item.key() + ": grid.level: layer '" + grid.layer()
					+ "' has no level '" + grid.level() + "' (its levels: " + levels + ")");
		}
	}

	void write(List<Item<MeetingRule>> rules, Changes changes) {
		for (Item<MeetingRule> item : rules) {
			MeetingRule wanted = item.value();
			Optional<MeetingRule> stored = meetings.find(item.key());
			changes.apply(item, "meeting", stored.orElse(null),
					() -> stored.get().equals(meetings.normalised(item.key(), wanted.unitCode(), wanted)),
					() -> put(item.key(), wanted));
		}
	}

	private void put(String code, MeetingRule rule) {
		if (rule.grid() == null) {
			meetings.put(rule.unitCode(), code, rule);
		}
		else {
			gridMeetings.put(rule.grid().layer(), rule.grid().level(), code, rule);
		}
	}

	/** The section as stored now, for the rules the profile names. */
	Map<String, Object> export(List<Item<MeetingRule>> rules) {
		List<Object> out = new ArrayList<>();
		for (Item<MeetingRule> item : rules) {
			meetings.find(item.key()).ifPresent(r -> out.add(new Entries().put("code", r.code())
				.put("unit", r.unitCode()).put("grid", r.grid() == null ? null : new Entries()
					.put("layer", r.grid().layer()).put("level", r.grid().level()).map())
				.put("kind", r.kind()).put("name", r.name()).put("cadence", r.cadence())
				.put("workingDay", r.workingDay()).put("at", r.at().toString())
				.put("lengthMinutes", r.lengthMinutes()).put("callerRoles", r.callerRoles())
				.put("agenda", r.agenda()).map()));
		}
		return new Entries().put("meetings", out).map();
	}
}
