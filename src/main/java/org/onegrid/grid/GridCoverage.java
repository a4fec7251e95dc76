package org.onegrid.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.onegrid.api.ApiProblem;
import org.onegrid.geo.GroundArea;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.Overlay;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.stereotype.Service;

/**
 * Coverage analysis for 多格合一: gaps, overlaps and spills within a layer, and the correspondence of two layers.
 * Areas are square metres on the ground; geometries are GeoJSON in WGS-84.
 */
@Service
public class GridCoverage {

	private final GridLayers layers;

	private final Grids grids;

	GridCoverage(GridLayers layers, Grids grids) {
		this.layers = layers;
		this.grids = grids;
	}

	/**
	 * Gaps, sibling overlaps and spills of {@code layerCode}, leaving out pieces under {@code minAreaM2} or narrower
	 * on average than {@code minWidthM} (slivers). A layer's top grids have no parent to be measured against; with
	 * an {@code outline} (a grid of any layer, such as the district's boundary) they are measured against it as if
	 * it were their parent, so that a flat layer gets its gaps and spills too.
	 */
	public CoverageReport coverage(String layerCode, double minAreaM2, double minWidthM, GridRef outline) {
		GridLayer layer = layers.get(layerCode);
		StoredGrid outer = outline == null ? null : grids.find(outline.layer(), outline.code())
			.orElseThrow(() -> ApiProblem.invalidField("outline", "UNKNOWN",
					"outline names no grid: there is no grid '" + outline.code() + "' in layer '" + outline.layer()
							+ "'"));
		List<StoredGrid> all = grids.ofLayer(layerCode);
		Map<String, StoredGrid> byCode = new LinkedHashMap<>();
		Map<String, List<StoredGrid>> children = new LinkedHashMap<>();
		for (StoredGrid grid : all) {
			byCode.put(grid.code(), grid);
			children.computeIfAbsent(grid.parentCode() == null ? "" : grid.parentCode(), k -> new ArrayList<>())
				.add(grid);
		}
		List<CoverageReport.Gap> gaps = new ArrayList<>();
		List<CoverageReport.Overlap> overlaps = new ArrayList<>();
		List<CoverageReport.Spill> spills = new ArrayList<>();
		children.forEach((parentCode, siblings) -> {
			StoredGrid parent = parentCode.isEmpty() && outer != null
					? new StoredGrid(outline.layer() + ":" + outer.code(), outer.name(), -1, null, outer.geometry(),
							outer.areaM2(), outer.generated())
					: byCode.get(parentCode);
			overlaps.addAll(Overlay.overlaps(parentCode.isEmpty() ? null : parentCode, siblings, minAreaM2,
					minWidthM));
			if (parent == null) {
				return;
			}
			Geometry gap = Overlay.significant(Overlay.difference(parent.geometry(),
					Overlay.union(siblings.stream().map(StoredGrid::geometry).toList())), minAreaM2, minWidthM);
			if (!gap.isEmpty()) {
				double area = GroundArea.squareMetres(gap);
				gaps.add(new CoverageReport.Gap(parent.code(), parent.name(), round(area), share(area, parent.areaM2()),
						org.onegrid.geo.GeoJson.write(gap)));
			}
			for (StoredGrid child : siblings) {
				Geometry spill = Overlay.significant(Overlay.difference(child.geometry(), parent.geometry()),
						minAreaM2, minWidthM);
				if (!spill.isEmpty()) {
					double area = GroundArea.squareMetres(spill);
					spills.add(new CoverageReport.Spill(child.code(), parent.code(), round(area),
							share(area, child.areaM2()), org.onegrid.geo.GeoJson.write(spill)));
				}
			}
		});
		return new CoverageReport(layerCode, minAreaM2, minWidthM, layer.generated(), gaps, overlaps, spills);
	}

	/** A grid named by its layer and its code, written {@code layer:code}. */
	public record GridRef(String layer, String code) {

		/** The grid {@code layer:code} names; a value without a colon or with an empty side names none. */
		public static GridRef parse(String value, String field) {
			int colon = value == null ? -1 : value.indexOf(':');
			if (colon <= 0 || colon == value.length() - 1) {
				throw ApiProblem.invalidField(field, "PATTERN", field + " names a grid as layer:code, such as "
						+ "district:310117; it is '" + value + "'");
			}
			return new GridRef(value.substring(0, colon), value.substring(colon + 1));
		}
	}

	/**
	 * For each grid of {@code layerCode} at {@code level}, its counterparts in {@code otherCode} at
	 * {@code otherLevel}. A null level means the layer's deepest level that has grids.
	 */
	public CorrespondenceReport correspondence(String layerCode, String level, String otherCode,
			String otherLevel, double minShare) {
		if (!(minShare > 0 && minShare < 1)) {
			throw ApiProblem.invalidField("minShare", "OUT_OF_RANGE", "minShare must be between 0 and 1 (exclusive)");
		}
		GridLayer layer = layers.get(layerCode);
		GridLayer other = layers.get(otherCode);
		List<StoredGrid> mine = atLevel(layer, grids.ofLayer(layerCode), level, "level");
		List<StoredGrid> theirs = atLevel(other, grids.ofLayer(otherCode), otherLevel, "otherLevel");
		STRtree tree = new STRtree();
		theirs.forEach(grid -> tree.insert(grid.geometry().getEnvelopeInternal(), grid));
		List<CorrespondenceReport.Entry> entries = new ArrayList<>();
		int split = 0;
		for (StoredGrid grid : mine) {
			List<CorrespondenceReport.Counterpart> counterparts = new ArrayList<>();
			List<Geometry> touching = new ArrayList<>();
			for (Object candidate : tree.query(grid.geometry().getEnvelopeInternal())) {
				StoredGrid counterpart = (StoredGrid) candidate;
				double area = GroundArea.squareMetres(Overlay.intersection(grid.geometry(), counterpart.geometry()));
				double share = area / grid.areaM2();
				touching.add(counterpart.geometry());
				if (share >= 0.001) {
					counterparts.add(new CorrespondenceReport.Counterpart(counterpart.code(), counterpart.name(),
							roundShare(share), round(area)));
				}
			}
			double uncovered = GroundArea.squareMetres(Overlay.difference(grid.geometry(), Overlay.union(touching)))
					/ grid.areaM2();
			counterparts.sort(Comparator.comparingDouble(CorrespondenceReport.Counterpart::share).reversed());
			boolean isSplit = counterparts.stream().filter(c -> c.share() >= minShare).count() > 1;
			split += isSplit ? 1 : 0;
			entries.add(new CorrespondenceReport.Entry(grid.code(), grid.name(), round(grid.areaM2()), isSplit,
					roundShare(uncovered), counterparts));
		}
		String levelName = mine.isEmpty() ? null : layer.levelName(mine.get(0).level());
		String otherLevelName = theirs.isEmpty() ? null : other.levelName(theirs.get(0).level());
		return new CorrespondenceReport(layerCode, levelName, otherCode, otherLevelName, minShare, split,
				entries.size() - split, entries);
	}

	private static List<StoredGrid> atLevel(GridLayer layer, List<StoredGrid> all, String level, String field) {
		int wanted;
		if (level == null || level.isBlank()) {
			wanted = all.stream().mapToInt(StoredGrid::level).max().orElse(0);
		}
		else {
			wanted = layer.levelOf(level, field);
		}
		int target = wanted;
		return all.stream().filter(grid -> grid.level() == target).toList();
	}

	private static double share(double part, double whole) {
		return whole <= 0 ? 0 : roundShare(part / whole);
	}

	private static double round(double area) {
		return Math.round(area * 10) / 10.0;
	}

	private static double roundShare(double share) {
		return Math.round(share * 10000) / 10000.0;
	}
}
