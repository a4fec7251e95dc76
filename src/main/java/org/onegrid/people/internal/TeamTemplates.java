package org.onegrid.people.internal;

import java.util.List;
import java.util.Optional;

import org.onegrid.people.TeamTemplate;
import org.onegrid.people.TeamTemplate.Slot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored team templates, one per layer.
 */
@Repository
public class TeamTemplates {

	private final JdbcClient jdbc;

	TeamTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TeamTemplate> find(String layer) {
		List<Slot> slots = jdbc.sql("""
				SELECT role_code, department_code, min_count FROM team_template_slot
				WHERE layer_code = ? ORDER BY ordinal
				""").param(layer).query((rs, row) -> new Slot(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
		return jdbc.sql("SELECT name, level_name FROM team_template WHERE layer_code = ?")
			.param(layer)
			.query((rs, row) -> new TeamTemplate(layer, rs.getString(1), rs.getString(2), slots))
			.optional();
	}

	/** Creates or replaces the layer's template. */
	public void save(TeamTemplate template) {
		jdbc.sql("""
				INSERT INTO team_template (layer_code, name, level_name) VALUES (?, ?, ?)
				ON CONFLICT (layer_code) DO UPDATE SET name = EXCLUDED.name, level_name = EXCLUDED.level_name
				""").params(template.layerCode(), template.name(), template.levelName()).update();
		jdbc.sql("DELETE FROM team_template_slot WHERE layer_code = ?").param(template.layerCode()).update();
		for (int i = 0; i < template.slots().size(); i++) {
			Slot slot = template.slots().get(i);
			jdbc.sql("""
					INSERT INTO team_template_slot (layer_code, ordinal, role_code, department_code, min_count)
					VALUES (?, ?, ?, ?, ?)
					""").params(template.layerCode(), i, slot.role(), slot.department(), slot.count()).update();
		}
	}
}
