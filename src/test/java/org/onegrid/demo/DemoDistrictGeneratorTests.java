package org.onegrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GroundArea;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoDistrictGeneratorTests {

	private static final String DISTRICT = "310117000000";

	private static final String PILOT = "310117004000";

	private static List<DemoLayer> layers;

	private static Map<String, Map<String, Grid>> grids;

	record Grid(String code, String name, String parent, String level, boolean generated, Geometry geometry) {
	}

	@BeforeAll
	static void generateOnce() {
		layers = new DemoDistrictGenerator().generate();
		grids = new LinkedHashMap<>();
		for (DemoLayer layer : layers) {
			Map<String, Grid> byCode = new LinkedHashMap<>();
			for (JsonNode feature : layer.featureCollection().path("features")) {
				JsonNode p = feature.path("properties");
				Grid grid = new Grid(p.path("code").asString(), p.path("name").asString(),
						p.path("parent").isString() ? p.path("parent").asString() : null, p.path("level").asString(),
						p.path("generated").asBoolean(), GeoJson.readArea(feature.get("geometry"), Crs.WGS84));
				assertThat(byCode.put(grid.code(), grid)).as("duplicate code %s in %s", grid.code(), layer.code())
					.isNull();
			}
			grids.put(layer.code(), byCode);
		}
	}

	@Test
	void describesTheOperationsAndPoliceLayers() {
		assertThat(layers).extracting(DemoLayer::code).containsExactly("ops", "police");
		assertThat(layers).extracting(DemoLayer::kind).containsExactly("ops", "police-beat");
		assertThat(layers.get(0).levelNames()).containsExactly("区", "街道", "片区", "社区", "微网格");
		assertThat(layers.get(1).levelNames()).containsExactly("区", "派出所辖区", "警务责任区");
		for (DemoLayer layer : layers) {
			assertThat(grids.get(layer.code()).values()).allSatisfy(g -> assertThat(layer.levelNames()).contains(g.level()));
		}
	}

	@Test
	void countsDistrictStreetsCommunitiesAndPilotMicroGrids() {
		Map<String, Long> levels = countByLevel("ops");
		assertThat(levels).containsEntry("区", 1L).containsEntry("街道", 20L).containsEntry("片区", 3L)
			.containsEntry("社区", 321L);
		long pilotMicroGrids = grids.get("ops").values().stream()
			.filter(g -> g.level().equals("微网格") && ancestors("ops", g).contains(PILOT))
			.count();
		assertThat(pilotMicroGrids).isEqualTo(125);
		assertThat(children("ops", PILOT)).extracting(Grid::level).containsOnly("片区").hasSize(3);
		assertThat(children("ops", PILOT)).extracting(Grid::name)
			.containsExactly("中山街道南片(府城)", "中山街道中片(功能区/工业区)", "中山街道北片(商务区)");
	}

	@Test
	void givesEveryPoliceStationThreeBeats() {
		assertThat(countByLevel("police")).containsEntry("区", 1L).containsEntry("派出所辖区", 20L)
			.containsEntry("警务责任区", 60L);
		for (Grid station : byLevel("police", "派出所辖区")) {
			assertThat(children("police", station.code())).extracting(Grid::code).containsExactly(
					station.code() + "901", station.code() + "902", station.code() + "903");
			assertThat(station.geometry().equalsExact(grids.get("ops").get(station.code()).geometry())).isTrue();
		}
	}

	@Test
	void alignsPilotBeatsWithItsAreasButCutsAcrossCommunitiesElsewhere() {
		List<Grid> areas = children("ops", PILOT);
		List<Grid> beats = children("police", PILOT);
		for (int i = 0; i < 3; i++) {
			assertThat(beats.get(i).geometry().equalsExact(areas.get(i).geometry())).isTrue();
		}
		long straddling = byLevel("ops", "社区").stream()
			.filter(c -> !ancestors("ops", c).contains(PILOT))
			.filter(c -> children("police", streetOf(c)).stream()
				.filter(beat -> share(c.geometry().intersection(beat.geometry()), c.geometry()) > 0.01)
				.count() > 1)
			.count();
		assertThat(straddling).isGreaterThan(20);
	}

	@Test
	void givesEveryGridExceptTheRootAnExistingParent() {
		for (Map<String, Grid> layer : grids.values()) {
			assertThat(layer.values()).filteredOn(g -> g.parent() == null).extracting(Grid::code)
				.containsExactly(DISTRICT);
			assertThat(layer.values()).filteredOn(g -> g.parent() != null)
				.allSatisfy(g -> assertThat(layer).containsKey(g.parent()));
		}
	}

	@Test
	void keepsEveryChildInsideItsParent() {
		eachFamily((parent, children) -> {
			for (Grid child : children) {
				double outside = share(child.geometry().difference(parent.geometry()), child.geometry());
				assertThat(outside).as("share of %s outside %s", child.code(), parent.code()).isLessThan(0.001);
			}
		});
	}

	@Test
	void keepsSiblingsApart() {
		eachFamily((parent, children) -> {
			for (int i = 0; i < children.size(); i++) {
				for (int j = i + 1; j < children.size(); j++) {
					Geometry a = children.get(i).geometry();
					Geometry b = children.get(j).geometry();
					if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
						assertThat(GroundArea.squareMetres(a.intersection(b)))
							.as("overlap of %s and %s", children.get(i).code(), children.get(j).code())
							.isLessThan(1.0);
					}
				}
			}
		});
	}

	@Test
	void coversEveryParentWithItsChildren() {
		eachFamily((parent, children) -> {
			Geometry union = GeoJson.FACTORY.buildGeometry(children.stream().map(Grid::geometry).toList()).union();
			assertThat(share(parent.geometry().difference(union), parent.geometry())).as("gap in %s", parent.code())
				.isLessThan(0.001);
		});
	}

	@Test
	void writesOnlyValidNonEmptyPolygons() {
		for (Map<String, Grid> layer : grids.values()) {
			assertThat(layer.values()).allSatisfy(g -> {
				assertThat(g.geometry()).isInstanceOfAny(Polygon.class, MultiPolygon.class);
				assertThat(g.geometry().isEmpty()).isFalse();
				assertThat(g.geometry().isValid()).as("valid %s", g.code()).isTrue();
			});
		}
	}

	@Test
	void marksOnlyTheRealOutlineAsNotGenerated() {
		for (Map<String, Grid> layer : grids.values()) {
			assertThat(layer.values()).allSatisfy(g -> assertThat(g.generated()).isEqualTo(!g.code().equals(DISTRICT)));
		}
	}

	@Test
	void codesSubGridsAfterTheirCommunityOrStreet() {
		assertThat(byLevel("ops", "微网格")).allSatisfy(g -> assertThat(g.code()).matches(g.parent() + "\\d{3}"));
		assertThat(byLevel("ops", "微网格")).allSatisfy(g -> assertThat(g.name())
			.matches(Pattern.quote(grids.get("ops").get(g.parent()).name()) + "第\\d+微网格"));
		assertThat(byLevel("ops", "片区")).extracting(Grid::code)
			.containsExactly(PILOT + "001", PILOT + "002", PILOT + "003");
		assertThat(byLevel("police", "警务责任区")).allSatisfy(g -> assertThat(g.name()).matches(".+第[一二三]警务责任区.*"));
	}

	@Test
	void producesTheSameLayersOnEveryRun() {
		List<DemoLayer> again = new DemoDistrictGenerator().generate();
		assertThat(again).hasSameSizeAs(layers);
		for (int i = 0; i < layers.size(); i++) {
			assertThat(again.get(i).featureCollection()).isEqualTo(layers.get(i).featureCollection());
		}
	}

	@Test
	void writesWgs84ConvertedFromTheGcj02Outline() throws IOException {
		Geometry gcj;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/fence_310117_songjiang.geojson")) {
			JsonNode fence = JsonMapper.builder().build().readTree(in);
			gcj = GeoJson.readArea(fence.path("features").get(0).get("geometry"), Crs.WGS84);
		}
		Geometry written = grids.get("ops").get(DISTRICT).geometry();
		Coordinate input = gcj.getCoordinates()[0];
		double[] wgs = Crs.GCJ02.toWgs84(input.x, input.y);
		assertThat(metres(wgs[0], wgs[1], input.x, input.y)).as("GCJ-02 offset").isBetween(200.0, 1000.0);
		assertThat(written.getBoundary().distance(GeoJson.FACTORY.createPoint(new Coordinate(wgs[0], wgs[1]))))
			.as("distance of the converted input vertex from the written outline, in degrees")
			.isLessThan(1e-9);
		Coordinate shifted = written.getCentroid().getCoordinate();
		Coordinate unshifted = gcj.getCentroid().getCoordinate();
		assertThat(metres(shifted.x, shifted.y, unshifted.x, unshifted.y)).as("outline shift").isBetween(200.0, 1000.0);
	}

	private interface FamilyCheck {

		void check(Grid parent, List<Grid> children);

	}

	private static void eachFamily(FamilyCheck check) {
		for (Map.Entry<String, Map<String, Grid>> layer : grids.entrySet()) {
			for (Grid parent : layer.getValue().values()) {
				List<Grid> children = children(layer.getKey(), parent.code());
				if (!children.isEmpty()) {
					check.check(parent, children);
				}
			}
		}
	}

	private static List<Grid> children(String layer, String parentCode) {
		return grids.get(layer).values().stream().filter(g -> parentCode.equals(g.parent())).toList();
	}

	private static List<Grid> byLevel(String layer, String level) {
		return grids.get(layer).values().stream().filter(g -> g.level().equals(level)).toList();
	}

	private static Map<String, Long> countByLevel(String layer) {
		return grids.get(layer).values().stream().collect(Collectors.groupingBy(Grid::level, Collectors.counting()));
	}

	private static Set<String> ancestors(String layer, Grid grid) {
		Set<String> codes = new HashSet<>();
		for (Grid g = grid; g.parent() != null; g = grids.get(layer).get(g.parent())) {
			codes.add(g.parent());
		}
		return codes;
	}

	private static String streetOf(Grid community) {
		List<String> chain = new ArrayList<>();
		for (Grid g = community; g != null; g = g.parent() == null ? null : grids.get("ops").get(g.parent())) {
			chain.add(g.code());
		}
		return chain.get(chain.size() - 2);
	}

	private static double share(Geometry part, Geometry whole) {
		return GroundArea.squareMetres(part) / GroundArea.squareMetres(whole);
	}

	private static double metres(double lon1, double lat1, double lon2, double lat2) {
		double dx = Math.toRadians(lon1 - lon2) * Math.cos(Math.toRadians(lat1)) * 6_371_008.8;
		double dy = Math.toRadians(lat1 - lat2) * 6_371_008.8;
		return Math.hypot(dx, dy);
	}
}
