package org.onegrid.grid;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.LayerVersions;
import org.onegrid.grid.internal.StoredGrid;
import org.onegrid.grid.internal.Successions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works out, for an import, how the layer's grids pass to the new ones and what the {@link GridFollower}s move with
 * them; and, when the import is applied, keeps the replaced grids and records the change.
 */
@Component
class LayerFollowing {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Grids grids;

	private final LayerVersions versions;

	private final List<GridFollower> followers;

	private final Clock clock;

	LayerFollowing(Grids grids, LayerVersions versions, List<GridFollower> followers, Clock clock) {
		this.grids = grids;
		this.versions = versions;
		this.followers = followers;
		this.clock = clock;
	}

	/** The changes the new grids make to the layer as it is, and the followers' moves; applies nothing. */
	Changes preview(GridLayer layer, List<StoredGrid> after) {
		Successions successions = new Successions(after);
		LayerSuccession succession = successions.from(layer, versions.current(layer.code()),
				grids.ofLayer(layer.code()));
		return new Changes(succession,
				moves(new LayerChange(succession, false, (lon, lat) -> successions.pathAt(layer, lon, lat))));
	}

	/**
	 * Before the layer's grids are replaced, in the import's transaction: keeps the grids as they are under their
	 * version, and works out the succession. Call {@link #apply} once the new grids are stored.
	 */
	Prepared prepare(GridLayer layer, List<StoredGrid> after) {
		long replaced = versions.current(layer.code());
		if (replaced > 0) {
			versions.archive(layer.code(), replaced);
		}
		Successions successions = new Successions(after);
		return new Prepared(layer, successions, successions.from(layer, replaced, grids.ofLayer(layer.code())),
				after.size());
	}

	/** Moves what follows the grids, in the import's transaction, and records the version the import made. */
	Changes apply(Prepared prepared, long version) {
		LayerSuccession succession = prepared.succession().at(version);
		List<LayerMove> moves = moves(new LayerChange(succession, true,
				(lon, lat) -> prepared.successions().pathAt(prepared.layer(), lon, lat)));
		Changes changes = new Changes(succession, moves);
		versions.record(succession.layer(), version, succession.replacedVersion(), clock.instant(),
				prepared.gridCount(), JSON.writeValueAsString(changes));
		return changes;
	}

	private List<LayerMove> moves(LayerChange change) {
		List<LayerMove> moves = new ArrayList<>();
		if (change.succession().moved().isEmpty()) {
			return moves;
		}
		followers.forEach(follower -> moves.addAll(follower.follow(change)));
		return moves;
	}

	/** An import's succession, worked out before its grids replace the layer's. */
	record Prepared(GridLayer layer, Successions successions, LayerSuccession succession, int gridCount) {
	}

	/** How the grids passed on and what followed them; both null for versions recorded before this was kept. */
	record Changes(LayerSuccession succession, List<LayerMove> moves) {

		static Changes parse(String json) {
			return JSON.readValue(json, Changes.class);
		}
	}
}
