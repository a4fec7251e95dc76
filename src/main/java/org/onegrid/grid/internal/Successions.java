package org.onegrid.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GroundArea;
import org.onegrid.grid.CorrespondenceReport.Counterpart;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.LayerSuccession;
import org.onegrid.grid.Location;
import org.onegrid.grid.LayerSuccession.GridFate;
import org.onegrid.grid.LayerSuccession.Outcome;

/**
 * Works out how the grids of a layer's replaced version pass to the new one: kept codes succeed themselves, and a
 * vanished code is succeeded by the new grid of its level that covers the largest share of it.
 */
public final class Successions {

	/** A new grid covering less of a vanished one than this is not listed as taking part of it. */
	static final double LEAST_SHARE = 0.01;

	private final STRtree newGrids = new STRtree();

	private final Map<String, StoredGrid> byCode;

	private final List<StoredGrid> after;

	public Successions(List<StoredGrid> after) {
		this.after = after;
		this.byCode = after.stream().collect(Collectors.toMap(StoredGrid::code, Function.identity()));
		after.forEach(grid -> newGrids.insert(grid.geometry().getEnvelopeInternal(), grid));
	}

	/** The succession from {@code before} (the layer's grids at {@code replacedVersion}) to the new grids. */
	public LayerSuccession from(GridLayer layer, long replacedVersion, List<StoredGrid> before) {
		List<GridFate> fates = new ArrayList<>(before.size());
		for (StoredGrid old : before) {
			StoredGrid kept = byCode.get(old.code());
			String levelName = layer.levelName(old.level());
			if (kept != null) {
				Outcome outcome = same(old, kept) ? Outcome.UNCHANGED : Outcome.CHANGED;
				fates.add(new GridFate(old.code(), old.name(), levelName, outcome, old.code(), List.of()));
			}
			else {
				List<Counterpart> parts = counterparts(old);
				String successor = parts.isEmpty() ? null : parts.get(0).code();
				fates.add(new GridFate(old.code(), old.name(), levelName,
						successor == null ? Outcome.REMOVED : Outcome.SUCCEEDED, successor, parts));
			}
		}
		var oldCodes = before.stream().map(StoredGrid::code).collect(Collectors.toSet());
		List<String> added = after.stream().map(StoredGrid::code).filter(code -> !oldCodes.contains(code)).toList();
		return new LayerSuccession(layer.code(), replacedVersion, layer.version(), fates, added);
	}

	/** The code of the deepest new grid that holds the point. */
	public Optional<String> leafAt(double lon, double lat) {
		return deepestAt(lon, lat).map(StoredGrid::code);
	}

	/** The new grids of {@code layer} that hold the point, from the deepest up to its root. */
	public Optional<Location.LayerPath> pathAt(GridLayer layer, double lon, double lat) {
		return deepestAt(lon, lat).map(leaf -> {
			List<Location.GridRef> path = new ArrayList<>();
			for (StoredGrid grid = leaf; grid != null && path.size() <= byCode.size(); grid = grid.parentCode() == null
					? null : byCode.get(grid.parentCode())) {
				path.add(new Location.GridRef(grid.code(), grid.name(), grid.level(), layer.levelName(grid.level())));
			}
			return new Location.LayerPath(layer.code(), layer.name(), path);
		});
	}

	private Optional<StoredGrid> deepestAt(double lon, double lat) {
		Point point = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
		StoredGrid deepest = null;
		for (Object candidate : newGrids.query(point.getEnvelopeInternal())) {
			StoredGrid grid = (StoredGrid) candidate;
			if ((deepest == null || grid.level() > deepest.level()) && grid.geometry().covers(point)) {
				deepest = grid;
			}
		}
		return Optional.ofNullable(deepest);
	}

	private List<Counterpart> counterparts(StoredGrid old) {
		List<Counterpart> parts = new ArrayList<>();
		for (Object candidate : newGrids.query(old.geometry().getEnvelopeInternal())) {
			StoredGrid grid = (StoredGrid) candidate;
			if (grid.level() != old.level()) {
				continue;
			}
			double area = GroundArea.squareMetres(Overlay.intersection(old.geometry(), grid.geometry()));
			double share = old.areaM2() <= 0 ? 0 : area / old.areaM2();
			if (share >= LEAST_SHARE) {
				parts.add(new Counterpart(grid.code(), grid.name(), Math.round(share * 10000) / 10000.0,
						Math.round(area * 10) / 10.0));
			}
		}
		parts.sort(Comparator.comparingDouble(Counterpart::share).reversed().thenComparing(Counterpart::code));
		return parts;
	}

	private static boolean same(StoredGrid old, StoredGrid kept) {
		return old.level() == kept.level() && old.name().equals(kept.name())
				&& Objects.equals(old.parentCode(), kept.parentCode()) && old.geometry().equalsNorm(kept.geometry());
	}
}
