package org.onegrid.attachment.internal;

import java.util.Arrays;

/**
 * Removes the GPS position from an Exif (TIFF) block in place, keeping its length, so that the container around it
 * (a JPEG segment, a PNG chunk, a WebP chunk) needs no other change. The GPS IFD, and every value it points to, is
 * overwritten with zeros, and the pointer to it is taken out of the first IFD; the other tags (orientation, time,
 * camera) stay.
 */
final class TiffGps {

	private static final int GPS_POINTER = 0x8825;

	private final byte[] tiff;

	private final int start;

	private final int end;

	private boolean bigEndian;

	private TiffGps(byte[] tiff, int start, int end) {
		this.tiff = tiff;
		this.start = start;
		this.end = end;
	}

	/**
	 * Wipes the GPS IFD of the TIFF structure in {@code bytes[start, end)}.
	 *
	 * @return whether there was a position to remove
	 * @throws MalformedFileException when the structure does not hold together; {@code bytes} may then be partly
	 * changed, and the caller drops or blanks the whole block
	 */
	static boolean wipe(byte[] bytes, int start, int end) {
		return new TiffGps(bytes, start, end).wipe();
	}

	private boolean wipe() {
		if (end - start < 8) {
			throw new MalformedFileException("Exif block too short");
		}
		if (tiff[start] == 'I' && tiff[start + 1] == 'I') {
			bigEndian = false;
		}
		else if (tiff[start] == 'M' && tiff[start + 1] == 'M') {
			bigEndian = true;
		}
		else {
			throw new MalformedFileException("Exif block without a byte order");
		}
		if (u16(2) != 42) {
			throw new MalformedFileException("Exif block without the TIFF mark");
		}
		long ifd = u32(4);
		int count = u16(ifd);
		long next = ifd + 2 + 12L * count;
		check(next + 4);
		for (int i = 0; i < count; i++) {
			long entry = ifd + 2 + 12L * i;
			if (u16(entry) == GPS_POINTER) {
				wipeIfd(u32(entry + 8));
				removeEntry(entry, next);
				put16(ifd, count - 1);
				return true;
			}
		}
		return false;
	}

	/** Zeros an IFD, its next-IFD link and every value stored outside it. */
	private void wipeIfd(long ifd) {
		int count = u16(ifd);
		long after = ifd + 2 + 12L * count + 4;
		check(after);
		for (int i = 0; i < count; i++) {
			long entry = ifd + 2 + 12L * i;
			long size = u32(entry + 4) * typeSize(u16(entry + 2));
			if (size > 4) {
				long offset = u32(entry + 8);
				check(offset + size);
				zero(offset, offset + size);
			}
		}
		zero(ifd, after);
	}

	/** Shifts the entries after {@code entry} and the next-IFD link left by one entry and zeros the freed tail. */
	private void removeEntry(long entry, long next) {
		int from = start + (int) entry;
		int tail = start + (int) next + 4;
		System.arraycopy(tiff, from + 12, tiff, from, tail - from - 12);
		Arrays.fill(tiff, tail - 12, tail, (byte) 0);
	}

	private static long typeSize(int type) {
		return switch (type) {
			case 3, 8 -> 2;
			case 4, 9, 11, 13 -> 4;
			case 5, 10, 12 -> 8;
			default -> 1;
		};
	}

	private void zero(long from, long to) {
		Arrays.fill(tiff, start + (int) from, start + (int) to, (byte) 0);
	}

	private void check(long offset) {
		if (offset < 0 || offset > end - start) {
			throw new MalformedFileException("Exif offset " + offset + " lies outside the block");
		}
	}

	private int u16(long offset) {
		check(offset + 2);
		int a = tiff[start + (int) offset] & 0xFF;
		int b = tiff[start + (int) offset + 1] & 0xFF;
		return bigEndian ? a << 8 | b : b << 8 | a;
	}

	private long u32(long offset) {
		long high = u16(bigEndian ? offset : offset + 2);
		long low = u16(bigEndian ? offset + 2 : offset);
		return high << 16 | low;
	}

	private void put16(long offset, int value) {
		int at = start + (int) offset;
		tiff[at] = (byte) (bigEndian ? value >> 8 : value);
		tiff[at + 1] = (byte) (bigEndian ? value : value >> 8);
	}
}
