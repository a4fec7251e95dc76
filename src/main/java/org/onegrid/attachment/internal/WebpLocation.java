package org.onegrid.attachment.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes the position from a WebP in place, keeping every chunk's length so that the RIFF sizes stay right: the
 * GPS IFD of the {@code EXIF} chunk is wiped ({@link TiffGps}), or the whole chunk zeroed when it cannot be read,
 * and the {@code XMP } chunk is blanked with spaces. Decoders ignore both chunks' content.
 */
final class WebpLocation {

	private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

	private WebpLocation() {
	}

	static byte[] strip(byte[] webp) {
		byte[] copy = webp.clone();
		int at = 12;
		while (at + 8 <= copy.length) {
			String type = new String(copy, at, 4, StandardCharsets.ISO_8859_1);
			long size = (copy[at + 4] & 0xFFL) | (copy[at + 5] & 0xFF) << 8 | (copy[at + 6] & 0xFF) << 16
					| (copy[at + 7] & 0xFFL) << 24;
			if (size > copy.length - at - 8) {
				throw new MalformedFileException("WebP chunk at byte " + at + " runs past the end of the file");
			}
			int data = at + 8;
			int end = data + (int) size;
			if (type.equals("EXIF")) {
				int tiff = JpegLocation.startsWith(copy, data, end, EXIF_HEADER) ? data + EXIF_HEADER.length : data;
				try {
					TiffGps.wipe(copy, tiff, end);
				}
				catch (MalformedFileException e) {
					Arrays.fill(copy, data, end, (byte) 0);
				}
			}
			else if (type.equals("XMP ")) {
				Arrays.fill(copy, data, end, (byte) ' ');
			}
			at = end + (int) (size & 1);
		}
		return copy;
	}
}
