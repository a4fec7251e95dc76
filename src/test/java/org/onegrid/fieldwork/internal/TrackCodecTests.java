package org.onegrid.fieldwork.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TrackCodecTests {

	private static final long HOUR = 1_772_409_600L;

	@Test
	void roundTripsAWalkExactly() {
		List<Fix> walk = walk(360, 10, new Random(1));
		byte[] bytes = TrackCodec.encode(walk, HOUR);
		assertThat(TrackCodec.decode(bytes, HOUR)).isEqualTo(walk);
		assertThat((double) bytes.length / walk.size()).as("bytes per point").isLessThan(7);
	}

	@Test
	void roundTripsExtremeCoordinatesAndAccuracies() {
		List<Fix> fixes = List.of(new Fix(HOUR, -180_000_000, -90_000_000, Fix.UNKNOWN_ACCURACY),
				new Fix(HOUR + 1, 180_000_000, 90_000_000, 0), new Fix(HOUR + 3599, 0, 0, 65_535));
		assertThat(TrackCodec.decode(TrackCodec.encode(fixes, HOUR), HOUR)).isEqualTo(fixes);
	}

	@Test
	void concatenatedSegmentsDecodeAsOneSequence() {
		List<Fix> walk = walk(30, 10, new Random(2));
		byte[] first = TrackCodec.encode(walk.subList(0, 12), HOUR);
		byte[] second = TrackCodec.encode(walk.subList(12, 30), HOUR);
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		assertThat(TrackCodec.decode(both, HOUR)).isEqualTo(walk);
	}

	@Test
	void canonicalSortsAndKeepsTheFirstPointOfEachSecond() {
		List<Fix> walk = walk(50, 5, new Random(3));
		List<Fix> shuffled = new ArrayList<>(walk);
		Collections.shuffle(shuffled, new Random(4));
		Fix late = walk.get(7);
		shuffled.add(new Fix(late.second(), late.lonE6() + 500, late.latE6(), 3));
		assertThat(TrackCodec.canonical(shuffled)).hasSize(50).isSortedAccordingTo(
				(a, b) -> Long.compare(a.second(), b.second()));
		assertThat(TrackCodec.canonical(shuffled).get(7)).isEqualTo(late);
	}

	@Test
	void refusesTruncatedData() {
		byte[] bytes = TrackCodec.encode(walk(5, 10, new Random(5)), HOUR);
		byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 1);
		assertThatThrownBy(() -> TrackCodec.decode(truncated, HOUR)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void encodesAnEmptySegment() {
		assertThat(TrackCodec.decode(TrackCodec.encode(List.of(), HOUR), HOUR)).isEmpty();
	}

	private static List<Fix> walk(int n, int step, Random random) {
		List<Fix> fixes = new ArrayList<>();
		int lon = 121_227_000;
		int lat = 31_003_000;
		for (int i = 0; i < n; i++) {
			lon += random.nextInt(241) - 120;
			lat += random.nextInt(241) - 120;
			fixes.add(new Fix(HOUR + (long) i * step, lon, lat, random.nextInt(4) == 0 ? Fix.UNKNOWN_ACCURACY
					: random.nextInt(30)));
		}
		return fixes;
	}
}
