package org.onegrid.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.onegrid.people.TeamTemplate;
import org.onegrid.people.TeamTemplate.Slot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored team templates, at most one per level of a layer, and at most one without a level (for the layer's
 * leaf grids).
 */
@Repository
public class TeamTemplates {

	private final JdbcClient jdbc;

	TeamTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The layer's templates, the one without a level first, then by level name. */
	public List<TeamTemplate> ofLayer(String layer) {
		Map<Long, List<Slot>> slots = new HashMap<>();
		jdbc.sql("""
				SELECT s.template_id, s.role_code, s.department_code, s.min_count FROM team_template_slot s
				JOIN team_template t ON t.id = s.template_id WHERE t.layer_code = ? ORDER BY s.template_id, s.ordinal
				""").param(layer).query(rs -> {
			slots.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Slot(rs.getString(2), rs.getString(3), rs.getInt(4)));
		});
		return jdbc.sql("""
				SELECT id, name, level_name FROM team_template WHERE layer_code = ?
				ORDER BY level_name IS NOT NULL, level_name
				""").param(layer)
			.query((rs, row) -> new TeamTemplate(layer, rs.getString(2), rs.getString(3),
					slots.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	/** The layer's template for the level, or the one without a level when {@code level} is {@code null}. */
	public Optional<TeamTemplate> find(String layer, String level) {
		return ofLayer(layer).stream().filter(t -> Objects.equals(t.levelName(), level)).findFirst();
	}

	/** Creates or replaces the layer's template for the template's level. */
	public void save(TeamTemplate template) {
		long id = jdbc.sql("""
				INSERT INTO team_template (layer_code, name, level_name) VALUES (?, ?, ?)
				ON CONFLICT (layer_code, COALESCE(level_name, '')) DO UPDATE SET name = EXCLUDED.name
				RETURNING id
				""").params(template.layerCode(), template.name(), template.levelName()).query(Long.class).single();
		jdbc.sql("DELETE FROM team_template_slot WHERE template_id = ?").param(id).update();
		for (int i = 0; i < template.slots().size(); i++) {
			Slot slot = template.slots().get(i);
			jdbc.sql("""
					INSERT INTO team_template_slot (template_id, ordinal, role_code, department_code, min_count)
					VALUES (?, ?, ?, ?, ?)
					""").params(id, i, slot.role(), slot.department(), slot.count()).update();
		}
	}
}
