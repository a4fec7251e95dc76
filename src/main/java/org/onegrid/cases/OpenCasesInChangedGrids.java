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
 * Moves the open cases that a boundary change puts in a different grid into the grid that holds them now, so that
 * its team sees them and they count there ({@link CaseRelocation}); a dry run lists them. A case whose point no new
 * grid holds stays where it is and is listed for a person to hand over. Closed cases keep the grids they were
 * handled in.
 */
@Component
class OpenCasesInChangedGrids implements GridFollower {

	private final JdbcClient jdbc;

	private final CaseRelocation relocation;

	OpenCasesInChangedGrids(JdbcClient jdbc, CaseRelocation relocation) {
		this.jdbc = jdbc;
		this.relocation = relocation;
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
		List<LayerMove> listed = jdbc.sql("""
				SELECT id, to_char(number_day, 'YYYYMMDD') || '-' || lpad(day_number::text, 6, '0') AS number, lon, lat,
				       t.value -> 'grids' -> 0 ->> 'code' AS leaf
				FROM case_row, jsonb_array_elements(report -> 'trails') t
				WHERE is_open AND grid_keys && string_to_array(:keys, chr(31)) AND t.value ->> 'layer' = :layer
				ORDER BY id
				""")
			.param("keys", keys)
			.param("layer", change.layer())
			.query((rs, row) -> {
				String to = change.leafAt(rs.getDouble("lon"), rs.getDouble("lat")).orElse(null);
				return new LayerMove("open-case", rs.getString("id"), rs.getString("number"), rs.getString("leaf"),
						to, to == null ? Outcome.STAYS : Outcome.MOVED);
			})
			.stream()
			.filter(move -> !Objects.equals(move.from(), move.to()))
			.toList();
		if (!change.apply() || listed.isEmpty()) {
			return listed;
		}
		return relocation.relocate(change, listed.stream().map(move -> Long.valueOf(move.id())).toList());
	}
}
