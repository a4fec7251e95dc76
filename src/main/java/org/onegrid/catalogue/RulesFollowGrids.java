package org.onegrid.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.onegrid.grid.GridFollower;
import org.onegrid.grid.LayerChange;
import org.onegrid.grid.LayerMove;
import org.onegrid.grid.LayerMove.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The responsibility matrix and the area classes follow their grid when a boundary change takes its code away: a
 * rule for the grid becomes the successor's rule, unless the successor has its own, which stands. A rule whose grid
 * nothing succeeds is removed and listed, so that the district decides anew who answers for that territory.
 */
@Component
class RulesFollowGrids implements GridFollower {

	private static final List<RuleTable> TABLES = List.of(
			new RuleTable("responsibility-rule", "responsibility_rule",
					"id::text, kind || ' ' || category_code || ' → ' || lead_department, grid_code",
					"kind || chr(31) || category_code", "id = CAST(:id AS bigint)"),
			new RuleTable("area-class-rule", "area_class_rule", "grid_code, area_class, grid_code", "''",
					"layer_code = :layer AND grid_code = :id"));

	private final JdbcClient jdbc;

	RulesFollowGrids(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LayerMove> follow(LayerChange change) {
		Map<String, String> successors = change.successors();
		if (successors.isEmpty()) {
			return List.of();
		}
		List<LayerMove> moves = new ArrayList<>();
		for (RuleTable table : TABLES) {
			moves.addAll(follow(change, successors, table));
		}
		return moves;
	}

	private List<LayerMove> follow(LayerChange change, Map<String, String> successors, RuleTable table) {
		String where = " FROM " + table.name()
				+ " WHERE layer_code = :layer AND grid_code = ANY (:grids)";
		Set<String> taken = new HashSet<>(jdbc.sql("SELECT grid_code || chr(30) || " + table.key() + where)
			.param("layer", change.layer())
			.param("grids", codes(successors.values()))
			.query(String.class)
			.list());
		List<String[]> rules = jdbc.sql("SELECT " + table.columns() + ", " + table.key() + where + " ORDER BY 3, 1")
			.param("layer", change.layer())
			.param("grids", codes(successors.keySet()))
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.list();
		List<LayerMove> moves = new ArrayList<>();
		for (String[] rule : rules) {
			String to = successors.get(rule[2]);
			boolean moving = to != null && taken.add(to + '\u001e' + rule[3]);
			moves.add(new LayerMove(table.subject(), rule[0], rule[1], rule[2], to,
					moving ? Outcome.MOVED : Outcome.DROPPED));
			if (change.apply()) {
				String write = moving ? "UPDATE " + table.name() + " SET grid_code = :to"
						: "DELETE FROM " + table.name();
				jdbc.sql(write + " WHERE " + table.identity())
					.param("to", to)
					.param("layer", change.layer())
					.param("id", rule[0])
					.update();
			}
		}
		return moves;
	}

	/**
	 * A table of rules by grid: its columns give a rule's id, label and grid, its key what makes a rule unique within
	 * a grid, and its identity finds the rule by {@code :id} (and {@code :layer}).
	 */
	private record RuleTable(String subject, String name, String columns, String key, String identity) {
	}

	private static String[] codes(Collection<String> codes) {
		return codes.stream().filter(Objects::nonNull).toArray(String[]::new);
	}
}
