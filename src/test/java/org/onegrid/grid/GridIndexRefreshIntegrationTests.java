package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.geo.Crs;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GroundArea;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.Layers;
import org.onegrid.grid.internal.StoredGrid;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another OneGrid instance on the same database replaces a layer: this instance must serve the new grids after its
 * next refresh, which the scheduler runs every couple of seconds.
 */
@IntegrationTest
class GridIndexRefreshIntegrationTests {

	@Autowired
	GridLayers layers;

	@Autowired
	GridLocator locator;

	@Autowired
	Layers layerRows;

	@Autowired
	Grids gridRows;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void servesGridsWrittenByAnotherInstanceAfterTheNextRefresh() {
		layers.define(new LayerDefinition("other-instance", "其他实例", "ops", List.of("社区"), CodeRule.FREE, 3, false,
				null));
		assertThat(codesAt(50.005, 0.005)).isEmpty();

		transactions.executeWithoutResult(status -> {
			gridRows.replace("other-instance", List.of(grid("REMOTE", 50, 0, 50.01, 0.01)));
			layerRows.replaced("other-instance", 1);
		});
		locator.refresh();

		assertThat(codesAt(50.005, 0.005)).containsExactly("REMOTE");
	}

	private List<String> codesAt(double lon, double lat) {
		return locator.locate(lon, lat, Crs.WGS84)
			.layers()
			.stream()
			.filter(path -> path.layer().equals("other-instance"))
			.map(path -> path.leaf().code())
			.toList();
	}

	private static StoredGrid grid(String code, double minX, double minY, double maxX, double maxY) {
		Geometry box = GeoJson.FACTORY.toGeometry(new Envelope(minX, maxX, minY, maxY));
		return new StoredGrid(code, code, 0, null, box, GroundArea.squareMetres(box), false);
	}
}
