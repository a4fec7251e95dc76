package org.onegrid.fieldwork.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The compact byte form of a worker's track for one hour: a sequence of segments, each holding points in time
 * order. Appending a segment to stored bytes gives valid bytes again, so an upload is stored by concatenation in
 * the database without reading the row first; {@link #canonical} later sorts, removes duplicates and rewrites the
 * hour as a single segment.
 * <p>
 * A segment is {@code n} followed by {@code n} points; a point is its time (seconds after the hour, then after the
 * previous point), longitude and latitude (millionths of a degree: absolute for the first point, then the change
 * from the previous one) and accuracy (metres + 1, 0 when unknown). Every number is a LEB128 varint, signed ones
 * zigzag-encoded. A walking worker reporting every 10 s takes about 5 bytes a point.
 */
public final class TrackCodec {

	private static final Comparator<Fix> BY_TIME = Comparator.comparingLong(Fix::second);

	private TrackCodec() {
	}

	/** One segment holding {@code fixes}, which must be in time order and lie in the hour starting at {@code hour}. */
	public static byte[] encode(List<Fix> fixes, long hour) {
		var out = new Bytes(fixes.size() * 6 + 8);
		out.unsigned(fixes.size());
		long second = hour;
		int lon = 0;
		int lat = 0;
		for (Fix fix : fixes) {
			out.signed(fix.second() - second);
			out.signed((long) fix.lonE6() - lon);
			out.signed((long) fix.latE6() - lat);
			out.unsigned(fix.accuracy() + 1L);
			second = fix.second();
			lon = fix.lonE6();
			lat = fix.latE6();
		}
		return out.toArray();
	}

	/** Every point of every segment, in stored order, duplicates included. */
	public static List<Fix> decode(byte[] data, long hour) {
		List<Fix> fixes = new ArrayList<>();
		int[] at = { 0 };
		while (at[0] < data.length) {
			long n = unsigned(data, at);
			long second = hour;
			long lon = 0;
			long lat = 0;
			for (long i = 0; i < n; i++) {
				second += signed(data, at);
				lon += signed(data, at);
				lat += signed(data, at);
				int accuracy = (int) unsigned(data, at) - 1;
				fixes.add(new Fix(second, (int) lon, (int) lat, accuracy));
			}
		}
		return fixes;
	}

	/** The points in time order with one point per second: the first one received wins. */
	public static List<Fix> canonical(List<Fix> fixes) {
		List<Fix> sorted = new ArrayList<>(fixes);
		sorted.sort(BY_TIME);
		List<Fix> distinct = new ArrayList<>(sorted.size());
		for (Fix fix : sorted) {
			if (distinct.isEmpty() || distinct.get(distinct.size() - 1).second() != fix.second()) {
				distinct.add(fix);
			}
		}
		return distinct;
	}

	private static long unsigned(byte[] data, int[] at) {
		long value = 0;
		for (int shift = 0;; shift += 7) {
			if (at[0] >= data.length || shift > 63) {
				throw new IllegalArgumentException("Truncated or corrupt track data at byte " + at[0]);
			}
			byte b = data[at[0]++];
			value |= (long) (b & 0x7f) << shift;
			if (b >= 0) {
				return value;
			}
		}
	}

	private static long signed(byte[] data, int[] at) {
		long zigzag = unsigned(data, at);
		return (zigzag >>> 1) ^ -(zigzag & 1);
	}

	/** A growable byte buffer writing varints. */
	private static final class Bytes {

		private byte[] buffer;

		private int size;

		Bytes(int capacity) {
			buffer = new byte[capacity];
		}

		void signed(long value) {
			unsigned((value << 1) ^ (value >> 63));
		}

		void unsigned(long value) {
			if (size + 10 > buffer.length) {
				buffer = Arrays.copyOf(buffer, buffer.length * 2 + 10);
			}
			while ((value & ~0x7fL) != 0) {
				buffer[size++] = (byte) ((value & 0x7f) | 0x80);
				value >>>= 7;
			}
			buffer[size++] = (byte) value;
		}

		byte[] toArray() {
			return Arrays.copyOf(buffer, size);
		}
	}
}
