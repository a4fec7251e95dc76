package org.onegrid.meeting;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.onegrid.people.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The standing meetings every grid of one level of a layer holds (网格工作例会), kept as data like a unit's: one rule
 * for a level stands for the meeting of each of its grids, however many grids the level has. A level is named by
 * its name in the layer, or by its number from 0, and stored by its name.
 */
@Service
public class GridMeetingRules {

	private final MeetingRules rules;

	private final GridLayers layers;

	private final Roles roles;

	private final JdbcClient jdbc;

	GridMeetingRules(MeetingRules rules, GridLayers layers, Roles roles, JdbcClient jdbc) {
		this.rules = rules;
		this.layers = layers;
		this.roles = roles;
		this.jdbc = jdbc;
	}

	/**
	 * The rules of the layer's level, by code; 404 for an unknown layer, 400 for an unknown level. When
	 * {@code gridCode} is given, the level must be that grid's (so that someone serving the grid reads the rules it
	 * holds): 404 for an unknown grid, 400 for a grid of another level.
	 */
	public List<MeetingRule> list(String layerCode, String level, String gridCode) {
		GridLayer layer = layers.get(layerCode);
		String name = layer.levelNames().get(layer.levelOf(level, "level"));
		if (gridCode != null) {
			GridSummary grid = layers.grid(layerCode, gridCode)
				.orElseThrow(() -> ApiProblem.notFound("Grid", layerCode + "/" + gridCode));
			if (!grid.levelName().equals(name)) {
				throw ApiProblem.invalidField("grid", "OTHER_LEVEL", "网格 " + gridCode + " 属于 " + grid.levelName()
						+ " 层级 / Grid " + gridCode + " is of level " + grid.levelName() + ", not " + name);
			}
		}
		return jdbc.sql("SELECT * FROM meeting_rule WHERE layer_code = ? AND level_name = ? ORDER BY code")
			.params(layerCode, name).query(MeetingRules::read).list();
	}

	/**
	 * Adds or replaces the rule held by every grid of the layer's level; 404 for an unknown layer, refused field by
	 * field with an unknown level among the fields, 409 when the code is a unit's or another level's rule.
	 */
	public MeetingRule put(String layerCode, String level, String code, MeetingRule rule) {
		GridLayer layer = layers.get(layerCode);
		List<Violation> violations = new ArrayList<>();
		String levelName = MeetingRuleChecks.levelName(layer, level);
		if (levelName == null) {
			violations.add(new Violation("level", "UNKNOWN_LEVEL", "层级 '" + level + "' 不存在 / Level '" + level
					+ "' is none of the layer's levels " + layer.levelNames()));
		}
		violations.addAll(rules.check(code, rule, roles::exists));
		Fields.failIfAny(violations);
		MeetingRule.GridLevel grid = new MeetingRule.GridLevel(layerCode, levelName);
		MeetingRule held = new MeetingRule(code, null, grid, rule.kind(), rule.name(), rule.cadence(),
				rule.workingDay(), rule.at(), rule.lengthMinutes(), rule.callerRoles(), rule.agenda());
		return rules.store(code, rules.normalised(code, null, held));
	}

	/** Removes the level's rule; the meetings it called stay on record. 404 when the level has no such rule. */
	public void delete(String layerCode, String level, String code) {
		GridLayer layer = layers.get(layerCode);
		if (jdbc.sql("DELETE FROM meeting_rule WHERE code = ? AND layer_code = ? AND level_name = ?")
			.params(code, layerCode, MeetingRuleChecks.levelName(layer, level)).update() == 0) {
			throw ApiProblem.notFound("Meeting rule", code);
		}
	}
}
