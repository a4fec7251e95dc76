package org.onegrid.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.onegrid.geo.GeoJson;

class PolygonRepairTests {

	@Test
	void repairsABowTieIntoItsTwoLobes() {
		Geometry bowTie = polygon(0, 0, 2, 2, 2, 0, 0, 2, 0, 0);
		assertThat(bowTie.isValid()).isFalse();
		Geometry fixed = PolygonRepair.fix(bowTie);
		assertThat(fixed.isValid()).isTrue();
		assertThat(fixed.getNumGeometries()).isEqualTo(2);
		assertThat(fixed.getArea()).isCloseTo(2.0, within(1e-12));
	}

	@Test
	void repairsAKeyholeIntoAPolygonWithAHoleOfTheSameArea() {
		Geometry keyhole = polygon(0, 0, 10, 0, 10, 10, 5, 10, 7, 5, 3, 5, 5, 10, 0, 10, 0, 0);
		assertThat(keyhole.isValid()).isFalse();
		Geometry fixed = PolygonRepair.fix(keyhole);
		assertThat(fixed.isValid()).isTrue();
		assertThat(((Polygon) fixed).getNumInteriorRing()).isEqualTo(1);
		assertThat(fixed.getArea()).isCloseTo(90.0, within(1e-12));
	}

	@Test
	void turnsAClockwiseOuterRingCounterClockwise() {
		Geometry clockwise = polygon(0, 0, 0, 1, 1, 1, 1, 0, 0, 0);
		assertThat(PolygonRepair.isOriented(clockwise)).isFalse();
		Geometry oriented = PolygonRepair.oriented(clockwise);
		assertThat(PolygonRepair.isOriented(oriented)).isTrue();
		assertThat(Orientation.isCCW(((Polygon) oriented).getExteriorRing().getCoordinateSequence())).isTrue();
		assertThat(oriented.equalsTopo(clockwise)).isTrue();
	}

	@Test
	void givesNothingForAPolygonThatEnclosesNoArea() {
		assertThat(PolygonRepair.fix(polygon(0, 0, 1, 1, 2, 2, 1, 1, 0, 0))).isNull();
	}

	private static Geometry polygon(double... xy) {
		Coordinate[] coordinates = new Coordinate[xy.length / 2];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		return GeoJson.FACTORY.createPolygon(coordinates);
	}
}
