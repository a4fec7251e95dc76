package org.onegrid.cases;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.onegrid.grid.GridFollower;
import org.onegrid.grid.LayerChange;
import org.onegrid.grid.LayerMove;
import org.onegrid.grid.LayerMove.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists the open cases that a boundary change puts in a different grid. A case keeps the grids its report fixed,
 * because its handling, scope and counts were settled on them; the list tells a person which open cases now lie
 * in another grid (or in none), so that they can be handed over.
 */
@Component
class OpenCasesInChangedGrids implements GridFollower {

	private final JdbcClient jdbc;

	OpenCasesInChangedGrids(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LayerMove> follow(LayerChange change) {
		String keys = change.succession()
			.moved()
			.stream()
			.map(fate -> change.layer() + ":" + fate.code())
			.collect(Collectors.joining("\u001f"));
		if (keys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, to_char(number_day, 'YYYYMMDD') || '-' || lpad(day_number::text, 6, '0') AS number, lon, lat,
				       t.value -> 'grids' -> 0 ->> 'code' AS leaf
				FROM case_row, jsonb_array_elements(report -> 'trails') t
				WHERE is_open AND grid_keys && string_to_array(:keys, chr(31)) AND t.value ->> 'layer' = :layer
				ORDER BY id
				""")
			.param("keys", keys)
			.param("layer", change.layer())
			.query((rs, row) -> new LayerMove("open-case", rs.getString("id"), rs.getString("number"),
					rs.getString("leaf"), change.leafAt(rs.getDouble("lon"), rs.getDouble("lat")).orElse(null),
					Outcome.STAYS))
			.stream()
			.filter(move -> !Objects.equals(move.from(), move.to()))
			.toList();
	}
}
