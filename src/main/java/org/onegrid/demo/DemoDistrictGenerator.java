package org.onegrid.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the demo district of the 中山 street's 多格合一 plan: 松江区 (Songjiang, Shanghai) with its real 20 towns and
 * streets and 321 communities and villages (codes of 2016, Vonng/adcode, CC BY 4.0), as two grid layers that overlay
 * each other.
 * <ul>
 * <li>{@code ops} (城运网格): 区 / 街道 / 片区 / 社区 / 微网格. Only the pilot street 中山街道 has the 片区 level (its
 * 南片, 中片 and 北片, see {@link PilotAreas}); elsewhere communities hang directly under their street. 中山街道 has
 * exactly 125 micro-grids, as the seed says; other communities have 3 to 6 by area.</li>
 * <li>{@code police} (警务责任区): 区 / 派出所辖区 / 警务责任区, one station precinct per street and three beats each. In
 * 中山街道 the beats are its three 片区 (多格合一); elsewhere they cut across communities on purpose.</li>
 * </ul>
 * Only the district outline is real; every other polygon is generated and says so ({@code generated: true}), because
 * the source publishes centre points, not boundaries. All geometry is converted from GCJ-02 to WGS-84, is a valid
 * Polygon or MultiPolygon, and forms a consistent tree: children partition their parent. Seeds are fixed, so every
 * call returns the same layers.
 * <p>
 * What the data does not give, and how it is filled in (see {@link CommunityCells}):
 * <ul>
 * <li>Only 106 of the 321 communities have a centre point, and two of those share one (月亮河居委会 and
 * 上泰绅苑居委会 of 方松街道). Communities without a usable point get a seeded point inside their street, spread away
 * from the others; so 105 communities sit on their real centre.</li>
 * <li>广富林街道, 九里亭街道 and 佘山度假区 have no centre of their own; the first two are placed by their one
 * community that has a point. 佘山度假区 has no point at all and is placed at the centre of the largest empty circle
 * between the known points, which is not where it really lies.</li>
 * <li>The three zones 松江工业区, 佘山度假区 and 上海松江出口加工区 have a single virtual community each, which
 * covers the whole zone.</li>
 * <li>The seed counts 22 residents' committees and 4 area companies in 中山街道; the 2016 table lists 18 residents'
 * committees, so the 125 micro-grids are shared among those 18 and each 片区 holds six of them.</li>
 * </ul>
 */
public final class DemoDistrictGenerator {

	static final String TABLE_RESOURCE = "demo/adcode_310117_songjiang.csv";

	static final String OUTLINE_RESOURCE = "demo/fence_310117_songjiang.geojson";

	private final AdcodeTable table;

	private final Geometry outline;

	/** Reads the district's administrative codes and outline from the classpath. */
	public DemoDistrictGenerator() {
		try (InputStream csv = resource(TABLE_RESOURCE); InputStream fence = resource(OUTLINE_RESOURCE)) {
			this.table = AdcodeTable.read(csv);
			this.outline = readOutline(JsonMapper.builder().build().readTree(fence));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The operations layer and the police layer, identical on every call. */
	public List<DemoLayer> generate() {
		CommunityCells cells = CommunityCells.build(table, outline);
		AdminUnit pilot = table.townNamed(PilotAreas.STREET_NAME);
		List<PilotAreas.Area> areas = PilotAreas.of(pilot, table.communitiesOf(pilot.code()), cells);
		List<DemoGrid> ops = checked(OpsGrids.build(table, outline, cells, pilot, areas));
		List<DemoGrid> police = checked(PoliceGrids.build(table, outline, cells, pilot, areas));
		return List.of(
				new DemoLayer("ops", "城运网格 (Urban operations)", "ops", OpsGrids.LEVELS,
						FeatureCollections.of(ops)),
				new DemoLayer("police", "警务责任区 (Police beats)", "police-beat", PoliceGrids.LEVELS,
						FeatureCollections.of(police)));
	}

	private static List<DemoGrid> checked(List<DemoGrid> grids) {
		for (DemoGrid grid : grids) {
			Geometry g = grid.geometry();
			if (!(g instanceof Polygon || g instanceof MultiPolygon) || g.isEmpty() || !g.isValid()) {
				throw new IllegalStateException("Generated an unusable geometry for grid " + grid.code());
			}
		}
		return grids;
	}

	private static Geometry readOutline(JsonNode collection) {
		List<Geometry> parts = new ArrayList<>();
		for (JsonNode feature : collection.path("features")) {
			parts.add(GeoJson.readArea(feature.get("geometry"), Crs.GCJ02));
		}
		if (parts.isEmpty()) {
			throw new IllegalStateException("The outline " + OUTLINE_RESOURCE + " has no features");
		}
		return Partitions.union(parts);
	}

	private static InputStream resource(String name) {
		InputStream in = DemoDistrictGenerator.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("Missing classpath resource " + name);
		}
		return in;
	}
}
