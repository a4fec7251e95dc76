package org.onegrid.grid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.locationtech.jts.geom.Point;
import org.onegrid.grid.LayerMove.Outcome;
import org.onegrid.grid.internal.Members;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A grid's members follow its territory when a boundary change takes its code away: each is bound to the grid of the
 * same level that now holds it, or else to the grid's successor. A member that no grid of that level holds, and
 * whose grid nothing succeeds, is removed and listed so that a person places it anew. Members move first, so that
 * what is placed on a member (an open case) finds it in its new grid.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MembersFollowGrids implements GridFollower {

	private final Members members;

	MembersFollowGrids(Members members) {
		this.members = members;
	}

	@Override
	public List<LayerMove> follow(LayerChange change) {
		Map<String, String> successors = change.successors();
		if (successors.isEmpty()) {
			return List.of();
		}
		Map<String, String> levels = new HashMap<>();
		change.succession().vanished().forEach(fate -> levels.put(fate.code(), fate.levelName()));
		return members.ofGrids(change.layer(), successors.keySet().toArray(String[]::new)).stream().map(member -> {
			String to = holding(change, member, levels.get(member.grid())).orElse(successors.get(member.grid()));
			if (change.apply()) {
				members.rebind(change.layer(), member.code(), to);
			}
			return new LayerMove("grid-member", member.code(), member.name(), member.grid(), to,
					to == null ? Outcome.DROPPED : Outcome.MOVED);
		}).toList();
	}

	private static Optional<String> holding(LayerChange change, GridMember member, String levelName) {
		Point inside = member.shape().getInteriorPoint();
		return change.pathAt(inside.getX(), inside.getY())
			.flatMap(path -> path.path().stream().filter(step -> Objects.equals(step.levelName(), levelName)).findFirst())
			.map(Location.GridRef::code);
	}
}
