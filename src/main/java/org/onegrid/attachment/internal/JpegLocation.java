package org.onegrid.attachment.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes the position from a JPEG by walking its segments up to the image data. In each Exif segment (APP1
 * {@code Exif\0\0}) the GPS IFD is wiped ({@link TiffGps}); an Exif segment too damaged to read is dropped whole,
 * and so is every XMP segment (APP1 {@code http://ns.adobe.com/...}), which may repeat the position. The image data
 * from the start of scan on is copied unchanged, so the picture is exactly the one uploaded.
 */
final class JpegLocation {

	private static final int SOS = 0xDA;

	private static final int EOI = 0xD9;

	private static final int APP1 = 0xE1;

	private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] XMP = "http://ns.adobe.com/".getBytes(StandardCharsets.ISO_8859_1);

	private JpegLocation() {
	}

	static byte[] strip(byte[] jpeg) {
		if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
			throw new MalformedFileException("a JPEG starts with its SOI marker");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
		out.write(jpeg, 0, 2);
		int at = 2;
		while (true) {
			if (at + 1 >= jpeg.length || (jpeg[at] & 0xFF) != 0xFF) {
				throw new MalformedFileException("JPEG segment expected at byte " + at);
			}
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xFF) {
				at++;
				continue;
			}
			if (marker == SOS || marker == EOI) {
				out.write(jpeg, at, jpeg.length - at);
				return out.toByteArray();
			}
			if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
				out.write(jpeg, at, 2);
				at += 2;
				continue;
			}
			if (at + 4 > jpeg.length) {
				throw new MalformedFileException("JPEG segment length missing at byte " + at);
			}
			int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
			int end = at + 2 + length;
			if (length < 2 || end > jpeg.length) {
				throw new MalformedFileException("JPEG segment at byte " + at + " runs past the end of the file");
			}
			if (marker != APP1 || keep(jpeg, at + 4, end)) {
				out.write(jpeg, at, end - at);
			}
			at = end;
		}
	}

	/** Whether an APP1 segment's payload stays: Exif with its GPS wiped, or anything but XMP. */
	private static boolean keep(byte[] jpeg, int payload, int end) {
		if (startsWith(jpeg, payload, end, EXIF)) {
			try {
				TiffGps.wipe(jpeg, payload + EXIF.length, end);
				return true;
			}
			catch (MalformedFileException e) {
				return false;
			}
		}
		return !startsWith(jpeg, payload, end, XMP);
	}

	static boolean startsWith(byte[] bytes, int at, int end, byte[] prefix) {
		if (end - at < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[at + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
