package org.onegrid.attachment.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Removes the position from a PNG chunk by chunk: the GPS IFD of an {@code eXIf} chunk is wiped ({@link TiffGps})
 * and its checksum recomputed; an {@code eXIf} chunk too damaged to read is dropped, and so are the text chunks
 * that tools use to carry Exif or XMP ({@code Raw profile type exif}, {@code XML:com.adobe.xmp}), and anything after
 * the closing {@code IEND} chunk. Image chunks are copied unchanged.
 */
final class PngLocation {

	private static final Set<String> TEXT_CHUNKS = Set.of("tEXt", "zTXt", "iTXt");

	private static final Set<String> METADATA_KEYWORDS = Set.of("raw profile type exif", "raw profile type app1",
			"raw profile type xmp", "xml:com.adobe.xmp");

	private PngLocation() {
	}

	static byte[] strip(byte[] png) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
		out.write(png, 0, 8);
		int at = 8;
		while (at < png.length) {
			if (at + 12 > png.length) {
				throw new MalformedFileException("PNG chunk header cut short at byte " + at);
			}
			long length = (png[at] & 0xFFL) << 24 | (png[at + 1] & 0xFF) << 16 | (png[at + 2] & 0xFF) << 8
					| png[at + 3] & 0xFF;
			if (length > png.length - at - 12) {
				throw new MalformedFileException("PNG chunk at byte " + at + " runs past the end of the file");
			}
			int data = at + 8;
			int end = data + (int) length + 4;
			String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
			if (type.equals("eXIf")) {
				try {
					TiffGps.wipe(png, data, end - 4);
					writeInt(png, end - 4, crc(png, at + 4, end - 4));
					out.write(png, at, end - at);
				}
				catch (MalformedFileException e) {
					// a damaged Exif chunk is left out rather than kept with a position in it
				}
			}
			else if (type.equals("IEND")) {
				out.write(png, at, end - at);
				return out.toByteArray();
			}
			else if (!(TEXT_CHUNKS.contains(type) && METADATA_KEYWORDS.contains(keyword(png, data, end - 4)))) {
				out.write(png, at, end - at);
			}
			at = end;
		}
		return out.toByteArray();
	}

	private static String keyword(byte[] png, int from, int to) {
		int stop = from;
		while (stop < to && stop - from < 80 && png[stop] != 0) {
			stop++;
		}
		return new String(png, from, stop - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
	}

	private static int crc(byte[] bytes, int from, int to) {
		CRC32 crc = new CRC32();
		crc.update(bytes, from, to - from);
		return (int) crc.getValue();
	}

	private static void writeInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) (value >>> 24);
		bytes[at + 1] = (byte) (value >>> 16);
		bytes[at + 2] = (byte) (value >>> 8);
		bytes[at + 3] = (byte) value;
	}
}
