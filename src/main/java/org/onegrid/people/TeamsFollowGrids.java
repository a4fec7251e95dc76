package org.onegrid.people;

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
 * Grid teams and units follow their grid when a boundary change takes its code away: a team member serves the
 * successor grid in the same role (unless already serving it), and a unit is bound to the successor. Where nothing
 * succeeds the grid, the membership ends and the unit is bound to no grid, and both are listed so that a person
 * assigns them anew.
 */
@Component
class TeamsFollowGrids implements GridFollower {

	private final JdbcClient jdbc;

	TeamsFollowGrids(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LayerMove> follow(LayerChange change) {
		Map<String, String> successors = change.successors();
		if (successors.isEmpty()) {
			return List.of();
		}
		List<LayerMove> moves = new ArrayList<>(members(change, successors));
		moves.addAll(units(change, successors));
		return moves;
	}

	private List<LayerMove> members(LayerChange change, Map<String, String> successors) {
		Set<String> serving = new HashSet<>(jdbc.sql("""
				SELECT grid_code || chr(31) || person_id || chr(31) || role_code FROM grid_team_member
				WHERE layer_code = ? AND grid_code = ANY (?)
				""").params(change.layer(), codes(successors.values())).query(String.class).list());
		List<Member> members = jdbc.sql("""
				SELECT m.grid_code, m.person_id, p.name, m.role_code FROM grid_team_member m
				JOIN person p ON p.id = m.person_id
				WHERE m.layer_code = ? AND m.grid_code = ANY (?)
				ORDER BY m.grid_code, m.person_id, m.role_code
				""").params(change.layer(), codes(successors.keySet()))
			.query((rs, row) -> new Member(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
		List<LayerMove> moves = new ArrayList<>();
		for (Member member : members) {
			String to = successors.get(member.grid());
			boolean moving = to != null && serving.add(to + '\u001f' + member.personId() + '\u001f' + member.role());
			moves.add(new LayerMove("team-member", member.personId() + "/" + member.role(),
					member.name() + " · " + member.role(), member.grid(), to,
					moving ? Outcome.MOVED : Outcome.DROPPED));
			if (change.apply()) {
				String write = moving ? "UPDATE grid_team_member SET grid_code = :to" : "DELETE FROM grid_team_member";
				jdbc.sql(write + " WHERE layer_code = :layer AND grid_code = :from AND person_id = :person"
						+ " AND role_code = :role")
					.param("to", to)
					.param("layer", change.layer())
					.param("from", member.grid())
					.param("person", member.personId())
					.param("role", member.role())
					.update();
			}
		}
		return moves;
	}

	private List<LayerMove> units(LayerChange change, Map<String, String> successors) {
		List<LayerMove> moves = jdbc.sql("""
				SELECT code, name, grid_code FROM org_unit
				WHERE layer_code = ? AND grid_code = ANY (?) ORDER BY code
				""").params(change.layer(), codes(successors.keySet())).query((rs, row) -> {
					String to = successors.get(rs.getString(3));
					return new LayerMove("unit", rs.getString(1), rs.getString(2), rs.getString(3), to,
							to == null ? Outcome.DROPPED : Outcome.MOVED);
				}).list();
		if (change.apply()) {
			moves.forEach(move -> jdbc.sql("""
					UPDATE org_unit SET grid_code = CAST(:to AS text),
					  layer_code = CASE WHEN CAST(:to AS text) IS NULL THEN NULL ELSE layer_code END
					WHERE code = :code
					""").param("to", move.to()).param("code", move.id()).update());
		}
		return moves;
	}

	private static String[] codes(Collection<String> codes) {
		return codes.stream().filter(Objects::nonNull).toArray(String[]::new);
	}

	private record Member(String grid, long personId, String name, String role) {
	}
}
