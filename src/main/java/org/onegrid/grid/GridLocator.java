package org.onegrid.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.onegrid.geo.Crs;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.LayerIndex;
import org.onegrid.grid.internal.Layers;
import org.onegrid.grid.internal.MemberIndex;
import org.onegrid.grid.internal.Members;
import org.onegrid.grid.internal.StoredGrid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Locates a point in every grid layer, from an in-memory index.
 * <p>
 * For each layer the answer is the deepest grid covering the point and its ancestors up to the root. A point on a
 * boundary shared by grids of the same level goes to the grid imported first, so the answer never depends on
 * timing. A point outside every grid gets no layers, not an error. The members of a layer's grids (road sections,
 * units) are indexed beside its grids, so that a report can be placed on one.
 * <p>
 * The index is rebuilt on this instance as soon as an import of grids or members commits. Other instances on the same
 * database poll the layers' and members' versions every {@code onegrid.grid.index-refresh} (2 s by default), so they
 * serve a replaced layer at most that long plus the rebuild time after the import committed; a report they locate
 * meanwhile is located again before it is stored ({@link #confirm}).
 */
@Service
public class GridLocator {

	private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

	private final Layers layers;

	private final Grids grids;

	private final Members members;

	private volatile Served served = new Served(Map.of(), Map.of(), "", "");

	GridLocator(Layers layers, Grids grids, Members members) {
		this.layers = layers;
		this.grids = grids;
		this.members = members;
	}

	/** Where {@code (lon, lat)}, given in {@code crs}, lies in each layer that covers it. */
	public Location locate(double lon, double lat, Crs crs) {
		double[] wgs = crs.toWgs84(lon, lat);
		Served now = served;
		List<Location.LayerPath> paths = new ArrayList<>();
		for (LayerIndex index : now.indexes().values()) {
			List<Location.GridRef> path = index.pathAt(wgs[0], wgs[1]);
			if (!path.isEmpty()) {
				paths.add(new Location.LayerPath(index.layer().code(), index.layer().name(), path));
			}
		}
		return new Location(wgs[0], wgs[1], paths, now.stamp());
	}

	/**
	 * In the caller's transaction, before it stores what a location decided: waits for any import of grids under way
	 * and keeps new ones out until the transaction ends, then tells whether the location was served from the grids
	 * as committed. When it was not (another instance imported in between), the index is refreshed at once, so that
	 * locating again gives the new grids.
	 */
	public boolean confirm(Location location) {
		if (layers.holdBoundaries().equals(location.stamp())) {
			return true;
		}
		refresh();
		return false;
	}

	/** The member of a grid of {@code layer} that the WGS-84 point lies on, if any. */
	public Optional<GridMember> memberAt(String layer, double lon, double lat) {
		MemberIndex index = served.members().get(layer);
		return index == null ? Optional.empty() : index.at(lon, lat);
	}

	/**
	 * A WGS-84 point {@code [lon, lat]} inside each of up to {@code limit} grids of the deepest level of {@code layer}
	 * (none when there is no such layer): places where a report would be located, for a caller that must make one up.
	 */
	public List<double[]> pointsInside(String layer, int limit) {
		if (layers.find(layer).isEmpty()) {
			return List.of();
		}
		List<StoredGrid> all = grids.ofLayer(layer);
		int deepest = all.stream().mapToInt(StoredGrid::level).max().orElse(0);
		return all.stream()
			.filter(grid -> grid.level() == deepest && !grid.geometry().isEmpty())
			.limit(limit)
			.map(grid -> grid.geometry().getInteriorPoint().getCoordinate())
			.map(point -> new double[] { point.x, point.y })
			.toList();
	}

	/** Rebuilds the indexes of the layers whose version changed since the last refresh. */
	@Scheduled(fixedDelayString = "${onegrid.grid.index-refresh:2s}", initialDelayString = "${onegrid.grid.index-refresh:2s}")
	public synchronized void refresh() {
		String current = layers.stamp();
		Served before = served;
		if (current.equals(before.stamp())) {
			return;
		}
		Map<String, LayerIndex> next = new TreeMap<>();
		for (GridLayer layer : layers.all()) {
			LayerIndex existing = before.indexes().get(layer.code());
			if (existing != null && existing.layer().version() == layer.version()) {
				next.put(layer.code(), existing);
			}
			else {
				long started = System.nanoTime();
				next.put(layer.code(), LayerIndex.build(layer, grids.ofLayer(layer.code())));
				log.info("Indexed layer {} (version {}, {} grids) in {} ms", layer.code(), layer.version(),
						layer.gridCount(), (System.nanoTime() - started) / 1_000_000);
			}
		}
		String memberStamp = members.stamp();
		Map<String, MemberIndex> memberIndexes = memberStamp.equals(before.memberStamp()) ? before.members()
				: membersOf(next.keySet());
		served = new Served(Map.copyOf(next), memberIndexes, current, memberStamp);
	}

	private Map<String, MemberIndex> membersOf(Iterable<String> layerCodes) {
		Map<String, MemberIndex> next = new TreeMap<>();
		for (String layer : layerCodes) {
			List<GridMember> found = members.ofLayer(layer);
			if (!found.isEmpty()) {
				next.put(layer, MemberIndex.build(found));
			}
		}
		return Map.copyOf(next);
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		refresh();
	}

	/**
	 * The grid and member indexes served, swapped as one, and the stamp of grids and members read before either was:
	 * what they hold is at least as new as the stamp says, so a location is never confirmed on grids or members that
	 * changed after it was made.
	 */
	private record Served(Map<String, LayerIndex> indexes, Map<String, MemberIndex> members, String stamp,
			String memberStamp) {
	}
}
