package org.onegrid.cases;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.grid.GridMembers;
import org.onegrid.grid.LayerChange;
import org.onegrid.grid.LayerMove;
import org.onegrid.grid.LayerMove.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves open cases into the new grids that hold their points when a boundary change replaces a layer's grids, in
 * the import's own transaction: the new boundaries, the cases' grids and their counts commit together or not at all.
 * The cases' rows are locked first, so a step taken on one of them meanwhile waits and then finds a newer version.
 * A case on a grid member takes the member as the change left it: bound to its new grid, or none when it was dropped.
 */
@Component
class CaseRelocation {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseWriter writer;

	private final CaseRules rules;

	private final GridMembers members;

	CaseRelocation(JdbcClient jdbc, Cases cases, CaseWriter writer, CaseRules rules, GridMembers members) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.writer = writer;
		this.rules = rules;
		this.members = members;
	}

	/** Moves those of the cases that are still open and lie in another grid of the new version; lists each move. */
	List<LayerMove> relocate(LayerChange change, List<Long> ids) {
		List<Long> open = jdbc.sql("SELECT id FROM cases WHERE id = ANY (?) AND is_open ORDER BY id FOR UPDATE")
			.param(ids.toArray(Long[]::new))
			.query(Long.class)
			.list();
		List<LayerMove> moves = new ArrayList<>();
		for (long id : open) {
			Case c = cases.find(id).orElseThrow();
			GridTrail before = c.trails.stream().filter(t -> t.layer().equals(change.layer())).findFirst()
				.orElseThrow();
			GridTrail after = change.pathAt(c.lon, c.lat).map(GridTrail::of).orElse(null);
			String from = before.grids().get(0).code();
			String number = CaseViews.caseNo(c.numberDay, c.dayNumber);
			if (after == null) {
				moves.add(new LayerMove("open-case", String.valueOf(id), number, from, null, Outcome.STAYS));
			}
			else if (!after.equals(before)) {
				List<GridTrail> trails = c.trails.stream().map(t -> t == before ? after : t).toList();
				c.relocate(new Place(c.lon, c.lat, trails, c.primaryLayer, member(c, change), null), change.layer(), Actor.SYSTEM,
						change.succession().version(), null, null, rules);
				writer.write(c, null).orElseThrow();
				moves.add(new LayerMove("open-case", String.valueOf(id), number, from, after.grids().get(0).code(),
						Outcome.MOVED));
			}
		}
		return moves;
	}

	private CaseMember member(Case c, LayerChange change) {
		if (c.member == null || !c.member.layer().equals(change.layer())) {
			return c.member;
		}
		return members.find(c.member.layer(), c.member.code()).map(CaseMember::of).orElse(null);
	}
}
