package org.onegrid.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CrsTests {

	@Test
	void convertsWgs84ToGcj02AsThePublishedFormulaDoes() {
		double[] gcj = Crs.GCJ02.fromWgs84(116.404, 39.915);
		assertThat(gcj[0]).isCloseTo(116.41024449916938, within(1e-9));
		assertThat(gcj[1]).isCloseTo(39.91640428150164, within(1e-9));
		double[] shanghai = Crs.GCJ02.fromWgs84(121.5272106, 31.1774276);
		assertThat(shanghai[0]).isCloseTo(121.531541859215, within(1e-9));
		assertThat(shanghai[1]).isCloseTo(31.17530398364597, within(1e-9));
	}

	@Test
	void convertsGcj02ToBd09AsThePublishedFormulaDoes() {
		double[] bd = Crs.BD09.fromWgs84(Crs.GCJ02.toWgs84(116.404, 39.915)[0], Crs.GCJ02.toWgs84(116.404, 39.915)[1]);
		assertThat(bd[0]).isCloseTo(116.41036949371029, within(1e-8));
		assertThat(bd[1]).isCloseTo(39.92133699351021, within(1e-8));
	}

	@Test
	void takesCgcs2000AsWgs84Unchanged() {
		assertThat(Crs.parse("CGCS2000")).contains(Crs.CGCS2000);
		assertThat(Crs.parse("cgcs-2000")).contains(Crs.CGCS2000);
		assertThat(Crs.CGCS2000.toWgs84(121.4737, 31.2304)).containsExactly(121.4737, 31.2304);
		assertThat(Crs.CGCS2000.fromWgs84(121.4737, 31.2304)).containsExactly(121.4737, 31.2304);
		assertThat(Crs.CGCS2000.code()).isEqualTo("cgcs2000");
	}

	@Test
	void inverseConversionsRoundTripWithinATenthOfAMillimetre() {
		for (double lon = 73.5; lon < 135; lon += 1.7) {
			for (double lat = 18.2; lat < 53.5; lat += 1.3) {
				for (Crs crs : new Crs[] { Crs.GCJ02, Crs.BD09 }) {
					double[] shifted = crs.fromWgs84(lon, lat);
					double[] back = crs.toWgs84(shifted[0], shifted[1]);
					assertThat(back[0]).as("%s lon at %f,%f", crs, lon, lat).isCloseTo(lon, within(1e-9));
					assertThat(back[1]).as("%s lat at %f,%f", crs, lon, lat).isCloseTo(lat, within(1e-9));
				}
			}
		}
	}

	@Test
	void offsetInShanghaiIsSeveralHundredMetres() {
		double[] gcj = Crs.GCJ02.fromWgs84(121.2278, 31.0322);
		double metresEast = (gcj[0] - 121.2278) * 111_320 * Math.cos(Math.toRadians(31.0322));
		double metresNorth = (gcj[1] - 31.0322) * 110_574;
		assertThat(Math.hypot(metresEast, metresNorth)).isBetween(300.0, 800.0);
	}

	@Test
	void leavesPointsOutsideChinaUnchangedForGcj02() {
		double[] newYork = Crs.GCJ02.toWgs84(-73.9857, 40.7484);
		assertThat(newYork).containsExactly(-73.9857, 40.7484);
	}

	@Test
	void parsesNamesInAnyCase() {
		assertThat(Crs.parse("GCJ-02")).contains(Crs.GCJ02);
		assertThat(Crs.parse("bd09")).contains(Crs.BD09);
		assertThat(Crs.parse("WGS84")).contains(Crs.WGS84);
		assertThat(Crs.parse("utm")).isEmpty();
	}
}
